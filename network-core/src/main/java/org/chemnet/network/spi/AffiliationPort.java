package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.affiliation.AffiliationId;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;

/**
 * The store port for affiliations of persons with organizations. The use cases affiliate a person only after
 * advancing the organization's own version ({@link OrganizationPort#update}) in the same transaction, so that
 * version orders the affiliations of one organization (the one-head-at-a-time rule is checked under it): the port
 * need not version affiliations of their own. Contract suite: {@code AffiliationsContract}.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public interface AffiliationPort {
    /**
     * An affiliation.
     *
     * @param id the identifier
     * @return it, if stored; never null
     */
    Optional<Affiliation> affiliation(AffiliationId id);

    /**
     * The affiliations with an organization, by first day, then identifier.
     *
     * @param organization the organization
     * @return the affiliations; never null
     */
    List<Affiliation> affiliationsWith(OrganizationId organization);

    /**
     * The affiliations with any of some organizations, at once: what a network's graph holds of the people of the
     * organizations it refers to. By default one {@link #affiliationsWith(OrganizationId)} per organization; a store
     * with a query language answers in a few statements whatever the number of organizations.
     *
     * @param organizations the organizations
     * @return their affiliations, by identifier; never null
     * @since 0.5.0
     */
    default List<Affiliation> affiliationsWithAny(Collection<OrganizationId> organizations) {
        List<Affiliation> found = new ArrayList<>();
        organizations.forEach(o -> found.addAll(affiliationsWith(o)));
        found.sort(Comparator.comparing(Affiliation::id));
        return found;
    }

    /**
     * A person's affiliations, by first day, then identifier.
     *
     * @param person the person
     * @return the affiliations; never null
     */
    List<Affiliation> affiliationsOf(PersonId person);

    /**
     * Inserts an affiliation.
     *
     * @param affiliation the affiliation
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if one with its identifier is stored already
     */
    void insert(Affiliation affiliation);

    /**
     * Replaces a stored affiliation's period and title.
     *
     * @param affiliation the affiliation
     * @throws NetworkStorageException if it is not stored
     */
    void update(Affiliation affiliation);
}
