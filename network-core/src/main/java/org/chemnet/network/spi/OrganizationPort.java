package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationChange;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;

/**
 * The store port for organizations and persons. Both are versioned: an update names the version it replaces. Its
 * contract suite is {@code OrganizationPortContract}.
 *
 * @since 0.2.0
 */
@API(status = STABLE, since = "0.2.0")
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
     * @throws org.chemnet.network.kernel.NotFoundException if the organization is not stored
     */
    long update(Organization organization, long expectedVersion);

    /**
     * Many organizations with their versions: the bulk read of imports and exports. By default one by one; stores
     * may read them at once.
     *
     * @param ids the identifiers
     * @return those stored, by identifier; never null
     */
    default Map<OrganizationId, Versioned<Organization>> findOrganizations(Collection<OrganizationId> ids) {
        Map<OrganizationId, Versioned<Organization>> found = new LinkedHashMap<>();
        for (OrganizationId id : ids) {
            find(id).ifPresent(v -> found.put(id, v));
        }
        return found;
    }

    /**
     * Inserts many new organizations, each at version 1: the bulk path of imports, which look first which are stored
     * (an import never replaces a stored organization unless asked, see
     * {@link org.chemnet.network.graph.ImportOptions#updateSharedOrganizations()}). By default one by one; stores may
     * batch.
     *
     * @param organizations the organizations, each identifier once
     * @throws ConcurrentUpdateException if one of them is stored already (another writer stored it first); then
     *     nothing of the transaction is stored
     */
    default void insertOrganizations(List<Organization> organizations) {
        organizations.forEach(this::insert);
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
     * @throws org.chemnet.network.kernel.NotFoundException if the person is not stored
     */
    long update(Person person, long expectedVersion);

    /**
     * Many persons with their versions, as {@link #findOrganizations(Collection)}.
     *
     * @param ids the identifiers
     * @return those stored, by identifier; never null
     */
    default Map<PersonId, Versioned<Person>> findPersons(Collection<PersonId> ids) {
        Map<PersonId, Versioned<Person>> found = new LinkedHashMap<>();
        for (PersonId id : ids) {
            find(id).ifPresent(v -> found.put(id, v));
        }
        return found;
    }

    /**
     * Inserts many new persons, each at version 1, as {@link #insertOrganizations(List)}.
     *
     * @param persons the persons, each identifier once
     * @throws ConcurrentUpdateException if one of them is stored already; then nothing of the transaction is stored
     */
    default void insertPersons(List<Person> persons) {
        persons.forEach(this::insert);
    }

    // ---------------------------------------------------------------- pages and search

    /**
     * A page of every organization, by identifier (keyset paging): those whose identifier follows {@code after}.
     * The order is the store's order of identifiers: Java's {@link String#compareTo} in memory and on H2, the
     * database's collation on PostgreSQL (the same for identifiers of one case). Whatever the order, paging from
     * the first page on gives every organization once.
     *
     * @param after the identifier after which the page starts, not itself included; empty for the first page
     * @param limit the most to return, 1 or more (the use cases ask for at most 1,001)
     * @return the organizations, in order of identifier; never null
     * @since 0.3.0
     */
    List<Organization> organizationsAfter(Optional<OrganizationId> after, int limit);

    /**
     * A page of every person, by identifier, as {@link #organizationsAfter(Optional, int)}.
     *
     * @param after the identifier after which the page starts, not itself included; empty for the first page
     * @param limit the most to return, 1 or more
     * @return the persons, in order of identifier; never null
     * @since 0.3.0
     */
    List<Person> personsAfter(Optional<PersonId> after, int limit);

    /**
     * A page of the organizations whose name in any language, other names or acronym contain a text, by the rule of
     * {@link SearchText}: those for which {@code SearchText.of(organization)} contains
     * {@code SearchText.normalize(text)}, by identifier, after {@code after}. A store keeps the normalized text of
     * each organization as it stores it, so that a search never normalizes what is stored.
     *
     * @param text the query, not blank once normalized (the use case checks it)
     * @param after the identifier after which the page starts, not itself included; empty for the first page
     * @param limit the most to return, 1 or more (the use cases ask for at most 1,001)
     * @return the organizations found, in order of identifier; never null
     * @since 0.3.0
     */
    List<Organization> search(String text, Optional<OrganizationId> after, int limit);

    // ---------------------------------------------------------------- changes over time

    /**
     * Records a change of organizations: a rename, merger, split, dissolution or asked-for update. The organizations
     * it names are stored (the use cases store them first, in the same transaction).
     *
     * @param change the change
     * @throws ConcurrentUpdateException if a change with its identifier is recorded already
     * @since 0.3.0
     */
    void recordChange(OrganizationChange change);

    /**
     * The changes an organization took part in, as an original or a result.
     *
     * @param organization the organization
     * @return the changes, by day, then by identifier; never null
     * @since 0.3.0
     */
    List<OrganizationChange> changesOf(OrganizationId organization);
}
