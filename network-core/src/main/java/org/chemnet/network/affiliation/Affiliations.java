package org.chemnet.network.affiliation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.Period;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;

/**
 * The affiliation use cases: affiliate a person with an organization in a role for a period, end an affiliation,
 * and read them, among them who headed an organization on a day. An organization has at most one head on any day:
 * a head affiliation whose period overlaps another head's of the same organization is refused with a
 * {@link org.chemnet.network.validation.NetworkValidationException} naming {@code period} and the rule
 * {@code OneHeadAtATime}, and nothing is stored; so is ending a head's affiliation on a later day that would meet the
 * next head. Affiliating and ending take their turn through the organization's version, so two nodes affiliating two
 * heads at once never both pass the rule.
 *
 * <p>Affiliating and ending are changes of the organization ({@code Action.CHANGE_ORGANIZATION}): secretariat staff and the
 * system may make them under the standard access policy. Each is in the change log ({@code Affiliated},
 * {@code AffiliationEnded}). Get it from {@code NetworkRuntime.affiliations()}.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public interface Affiliations {
    /**
     * Affiliates a person with an organization.
     *
     * @param person the person
     * @param organization the organization
     * @param role the role
     * @param period the days
     * @param title the person's title there, if any
     * @return the affiliation as stored; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the person or the organization is not stored
     * @throws org.chemnet.network.validation.NetworkValidationException if the affiliation is not valid, or is a head
     *     affiliation overlapping another head's of the organization
     * @throws org.chemnet.network.access.AccessDeniedException if the actor may not change the organization
     */
    Affiliation affiliate(
            PersonId person, OrganizationId organization, AffiliationRole role, Period period, Optional<String> title);

    /**
     * Ends an affiliation on a day.
     *
     * @param affiliation the affiliation
     * @param lastDay its last day
     * @return the affiliation, ended; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the affiliation is not stored
     * @throws org.chemnet.network.validation.NetworkValidationException if the last day is before its first
     *     ({@code lastDay}, {@code NotBeforeFirstDay}), or, for a head, would make it overlap another head's
     *     ({@code period}, {@code OneHeadAtATime})
     * @throws org.chemnet.network.access.AccessDeniedException if the actor may not change the organization
     */
    Affiliation end(AffiliationId affiliation, LocalDate lastDay);

    /**
     * An affiliation.
     *
     * @param affiliation the identifier
     * @return it, if stored; never null
     */
    Optional<Affiliation> affiliation(AffiliationId affiliation);

    /**
     * A person's affiliations, past and present, by first day: their personal data, read as such.
     *
     * @param person the person
     * @return the affiliations; never null
     * @throws org.chemnet.network.access.AccessDeniedException if the actor may not read the person's data
     */
    List<Affiliation> affiliationsOf(PersonId person);

    /**
     * The affiliations with an organization, past and present, by first day.
     *
     * @param organization the organization
     * @return the affiliations; never null
     */
    List<Affiliation> affiliationsWith(OrganizationId organization);

    /**
     * Who headed an organization on a day.
     *
     * @param organization the organization
     * @param day the day
     * @return the head's affiliation, if the organization had one that day; never null
     */
    Optional<Affiliation> headOn(OrganizationId organization, LocalDate day);
}
