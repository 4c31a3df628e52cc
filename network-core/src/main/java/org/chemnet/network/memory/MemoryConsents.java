package org.chemnet.network.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.chemnet.network.consent.ConsentEntry;
import org.chemnet.network.consent.ConsentEntryId;
import org.chemnet.network.consent.ConsentPurpose;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.ConsentPort;

/** The consent ledger of an in-memory store: a list in the order appended. */
final class MemoryConsents implements ConsentPort {
    private final MemoryTransaction tx;

    MemoryConsents(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void append(ConsentEntry entry) {
        if (find(entry.id()).isPresent()) {
            throw new ConcurrentUpdateException(
                    "consent entry '" + entry.id() + "' is stored already: another writer stored it first");
        }
        tx.add(tx.data.consents, entry);
    }

    @Override
    public Optional<ConsentEntry> find(ConsentEntryId id) {
        return tx.data.consents.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** By instant; the list is in the order appended, and the sort is stable. */
    private List<ConsentEntry> sorted(java.util.function.Predicate<ConsentEntry> which) {
        return tx.data.consents.stream()
                .filter(which)
                .sorted(Comparator.comparing(ConsentEntry::at))
                .toList();
    }

    @Override
    public List<ConsentEntry> entriesOf(PersonId person) {
        return sorted(e -> e.person().filter(person::equals).isPresent());
    }

    @Override
    public List<ConsentEntry> entriesOf(OrganizationId organization) {
        return sorted(e -> e.organization().filter(organization::equals).isPresent());
    }

    @Override
    public List<ConsentEntry> entriesAt(String address) {
        return sorted(e -> e.address().filter(address::equals).isPresent());
    }

    @Override
    public Set<OrganizationId> listedAmong(NetworkId network, java.util.Collection<OrganizationId> organizations) {
        Set<OrganizationId> asked = Set.copyOf(organizations);
        Map<OrganizationId, Boolean> latest = new HashMap<>();
        for (ConsentEntry entry : sorted(e -> e.network().equals(network)
                && e.purpose() == ConsentPurpose.DIRECTORY_LISTING
                && e.organization().filter(asked::contains).isPresent())) {
            latest.put(entry.organization().orElseThrow(), entry.given());
        }
        Set<OrganizationId> listed = new TreeSet<>();
        latest.forEach((organization, given) -> {
            if (given) {
                listed.add(organization);
            }
        });
        return listed;
    }

    @Override
    public int erase(PersonId person) {
        int changed = 0;
        for (int i = tx.data.consents.size() - 1; i >= 0; i--) {
            ConsentEntry entry = tx.data.consents.get(i);
            if (entry.person().filter(person::equals).isEmpty()) {
                continue;
            }
            changed++;
            if (entry.organization().isEmpty()) {
                tx.removeAt(tx.data.consents, i);
            } else {
                tx.set(tx.data.consents, i, withoutPerson(entry));
            }
        }
        return changed;
    }

    static ConsentEntry withoutPerson(ConsentEntry e) {
        String by = e.person()
                        .map(p -> "PERSON " + p.value())
                        .filter(e.recordedBy()::equals)
                        .isPresent()
                ? ConsentEntry.ERASED_RECORDER
                : e.recordedBy();
        return new ConsentEntry(
                e.id(),
                e.network(),
                Optional.empty(),
                e.organization(),
                e.address(),
                e.purpose(),
                e.scope(),
                e.given(),
                e.channel(),
                e.text(),
                e.textVersion(),
                e.at(),
                e.source(),
                by);
    }
}
