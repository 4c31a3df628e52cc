package org.chemnet.network.memory;

import java.util.Optional;
import org.chemnet.network.memory.MemoryNetworks.Versions;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.OrganizationPort;
import org.chemnet.network.spi.Versioned;

/** Organizations and persons of an in-memory store. */
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
    }

    @Override
    public long update(Organization organization, long expectedVersion) {
        return Versions.update(
                tx, tx.data.organizations, organization.id(), organization, expectedVersion, "organization");
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
}
