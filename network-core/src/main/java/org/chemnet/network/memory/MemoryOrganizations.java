package org.chemnet.network.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.memory.MemoryNetworks.Versions;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationChange;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.OrganizationPort;
import org.chemnet.network.spi.SearchText;
import org.chemnet.network.spi.Versioned;

/**
 * Organizations and persons of an in-memory store, sorted by identifier for pages, each organization with the text it
 * is searched by.
 */
final class MemoryOrganizations implements OrganizationPort {
    private final MemoryTransaction tx;

    MemoryOrganizations(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Versioned<Organization>> find(OrganizationId id) {
        return Optional.ofNullable(tx.data.organizations.get(id));
    }

    @Override
    public void insert(Organization organization) {
        Versions.insert(tx, tx.data.organizations, organization.id(), organization, "organization");
        tx.put(tx.data.searchTexts, organization.id(), SearchText.of(organization));
    }

    @Override
    public long update(Organization organization, long expectedVersion) {
        long version = Versions.update(
                tx, tx.data.organizations, organization.id(), organization, expectedVersion, "organization");
        tx.put(tx.data.searchTexts, organization.id(), SearchText.of(organization));
        return version;
    }

    @Override
    public List<Organization> organizationsAfter(Optional<OrganizationId> after, int limit) {
        return MemoryData.after(tx.data.organizations, after).values().stream()
                .map(Versioned::value)
                .limit(limit)
                .toList();
    }

    @Override
    public List<Organization> search(String text, Optional<OrganizationId> after, int limit) {
        String query = SearchText.normalize(text);
        Map<OrganizationId, String> searchTexts = tx.data.searchTexts;
        return MemoryData.after(tx.data.organizations, after).entrySet().stream()
                .filter(e -> SearchText.matches(searchTexts.get(e.getKey()), query))
                .map(e -> e.getValue().value())
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Versioned<Person>> find(PersonId id) {
        return Optional.ofNullable(tx.data.persons.get(id));
    }

    @Override
    public void insert(Person person) {
        Versions.insert(tx, tx.data.persons, person.id(), person, "person");
    }

    @Override
    public long update(Person person, long expectedVersion) {
        return Versions.update(tx, tx.data.persons, person.id(), person, expectedVersion, "person");
    }

    @Override
    public List<Person> personsAfter(Optional<PersonId> after, int limit) {
        return MemoryData.after(tx.data.persons, after).values().stream()
                .map(Versioned::value)
                .limit(limit)
                .toList();
    }

    @Override
    public void recordChange(OrganizationChange change) {
        if (tx.data.organizationChanges.containsKey(change.id())) {
            throw new ConcurrentUpdateException("organization change " + change.id() + " is recorded already");
        }
        tx.put(tx.data.organizationChanges, change.id(), change);
    }

    @Override
    public List<OrganizationChange> changesOf(OrganizationId organization) {
        return tx.data.organizationChanges.values().stream()
                .filter(c -> c.involves(organization))
                .sorted(Comparator.comparing(OrganizationChange::on).thenComparing(OrganizationChange::id))
                .toList();
    }
}
