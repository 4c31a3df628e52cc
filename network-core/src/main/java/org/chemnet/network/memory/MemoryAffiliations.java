package org.chemnet.network.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.affiliation.AffiliationId;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.AffiliationPort;
import org.chemnet.network.spi.NetworkStorageException;

/** The affiliations of the in-memory store. */
final class MemoryAffiliations implements AffiliationPort {
    /** The order the port promises: by first day, then identifier. */
    static final Comparator<Affiliation> ORDER =
            Comparator.comparing((Affiliation a) -> a.period().start()).thenComparing(Affiliation::id);

    private final MemoryTransaction tx;

    MemoryAffiliations(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Affiliation> affiliation(AffiliationId id) {
        return Optional.ofNullable(tx.data.affiliations.get(id));
    }

    @Override
    public List<Affiliation> affiliationsWith(OrganizationId organization) {
        return matching(a -> a.organization().equals(organization));
    }

    @Override
    public List<Affiliation> affiliationsOf(PersonId person) {
        return matching(a -> a.person().equals(person));
    }

    private List<Affiliation> matching(Predicate<Affiliation> filter) {
        return tx.data.affiliations.values().stream()
                .filter(filter)
                .sorted(ORDER)
                .toList();
    }

    @Override
    public void insert(Affiliation affiliation) {
        if (tx.data.affiliations.containsKey(affiliation.id())) {
            throw new ConcurrentUpdateException(
                    "affiliation '" + affiliation.id() + "' is stored already: another writer stored it first");
        }
        tx.put(tx.data.affiliations, affiliation.id(), affiliation);
    }

    @Override
    public void update(Affiliation affiliation) {
        if (!tx.data.affiliations.containsKey(affiliation.id())) {
            throw new NetworkStorageException("affiliation " + affiliation.id() + " is not stored", null, null);
        }
        tx.put(tx.data.affiliations, affiliation.id(), affiliation);
    }
}
