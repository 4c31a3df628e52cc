package org.chemnet.network.spi;

import java.util.List;
import java.util.Optional;
import org.chemnet.network.ConcurrentUpdateException;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;

/**
 * The store port for organizations and persons. Both are versioned: an update names the version it replaces. Its
 * contract suite is {@code OrganizationPortContract}.
 *
 * @since 0.2.0
 */
public interface OrganizationPort {
    /**
     * An organization with its version.
     *
     * @param id its identifier
     * @return the organization, if stored; never null
     */
    Optional<Versioned<Organization>> find(OrganizationId id);

    /**
     * An organization.
     *
     * @param id its identifier
     * @return the organization, if stored; never null
     */
    default Optional<Organization> organization(OrganizationId id) {
        return find(id).map(Versioned::value);
    }

    /**
     * Inserts a new organization, at version 1.
     *
     * @param organization the organization
     * @throws ConcurrentUpdateException if an organization with its identifier is stored already
     */
    void insert(Organization organization);

    /**
     * Replaces an organization if nobody changed it since it was read.
     *
     * @param organization the organization
     * @param expectedVersion the version that was read
     * @return the new version
     * @throws ConcurrentUpdateException if the stored version is not the one expected
     * @throws org.chemnet.network.NotFoundException if the organization is not stored
     */
    long update(Organization organization, long expectedVersion);

    /**
     * Inserts or replaces many organizations, each at its next version: the bulk path of imports. By default one by
     * one; stores may batch.
     *
     * @param organizations the organizations, each identifier once
     */
    default void saveOrganizations(List<Organization> organizations) {
        for (Organization organization : organizations) {
            find(organization.id())
                    .ifPresentOrElse(stored -> update(organization, stored.version()), () -> insert(organization));
        }
    }

    /**
     * A person with its version.
     *
     * @param id the identifier
     * @return the person, if stored; never null
     */
    Optional<Versioned<Person>> find(PersonId id);

    /**
     * A person.
     *
     * @param id the identifier
     * @return the person, if stored; never null
     */
    default Optional<Person> person(PersonId id) {
        return find(id).map(Versioned::value);
    }

    /**
     * Inserts a new person, at version 1.
     *
     * @param person the person
     * @throws ConcurrentUpdateException if a person with the identifier is stored already
     */
    void insert(Person person);

    /**
     * Replaces a person if nobody changed them since they were read.
     *
     * @param person the person
     * @param expectedVersion the version that was read
     * @return the new version
     * @throws ConcurrentUpdateException if the stored version is not the one expected
     * @throws org.chemnet.network.NotFoundException if the person is not stored
     */
    long update(Person person, long expectedVersion);

    /**
     * Inserts or replaces many persons, each at its next version: the bulk path of imports. By default one by one;
     * stores may batch.
     *
     * @param persons the persons, each identifier once
     */
    default void savePersons(List<Person> persons) {
        for (Person person : persons) {
            find(person.id()).ifPresentOrElse(stored -> update(person, stored.version()), () -> insert(person));
        }
    }
}
