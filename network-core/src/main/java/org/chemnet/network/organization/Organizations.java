package org.chemnet.network.organization;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;

/**
 * Organizations over time: renamed, merged, split up and dissolved, each a dated {@link OrganizationChange} that is
 * recorded with the organizations it changes, in one transaction, and told to the change listeners as
 * {@code ChangeEvent.OrganizationChangeRecorded}.
 *
 * <p>An organization that ends (dissolved, merged into another, split up) ends everywhere on the day of the change:
 * its memberships in every network are withdrawn on that day and its board seats are held until the day before. A
 * change that would need a membership or seat to end before a status change or term start dated after the day is
 * refused, with nothing stored: the host first settles those. What else it held stays as it was: a secretariat it
 * hosts, a partnership, endorsements; the host hands those over or ends them through their own use cases.
 *
 * <p>Its history (former names, the day of dissolution) changes only here: {@code networks().save} and
 * {@code update} refuse to change it, an import that updates shared organizations keeps it, and a dissolved
 * organization can take no new membership or seat.
 *
 * <p>Every change is versioned: two nodes changing one organization at once never both succeed on what the other
 * changed, and a change that lost a race runs again on what the winner stored (so a second dissolution of one
 * organization is refused, not done twice).
 *
 * <p>Get it from {@code NetworkRuntime.organizations()}.
 *
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public interface Organizations {
    /**
     * Renames an organization from a day: its current name becomes a {@link FormerName} up to the day before.
     *
     * @param organization the organization
     * @param newName the new name
     * @param from the first day of the new name
     * @return the organization as stored; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the organization is not stored
     * @throws org.chemnet.network.validation.NetworkValidationException if the new name is not valid, or the day is
     *     not after the first day of its current name (rule {@code NameHistory}); nothing is stored then
     * @throws OrganizationEndedException if it was dissolved on or before that day
     */
    Organization rename(OrganizationId organization, LocalizedText newName, LocalDate from);

    /**
     * Dissolves an organization: from the day on it no longer exists.
     *
     * @param organization the organization
     * @param on the first day it no longer exists
     * @param description what happened, in words, if given
     * @return the change recorded; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the organization is not stored
     * @throws OrganizationEndedException if a dissolution of it is recorded already, or a membership or seat of it
     *     changes, ends or starts after that day
     * @throws org.chemnet.network.validation.NetworkValidationException if the description is not plain text of at
     *     most 1,000 characters, or the day is not after the first day of its current name (rule
     *     {@code NameHistory})
     */
    OrganizationChange dissolve(OrganizationId organization, LocalDate on, Optional<String> description);

    /**
     * Merges organizations into one from a day. The result is stored if it is new, or is one of the originals, which
     * then continues with its stored values (renamed from the day if the result has another name); every other
     * original ends on that day.
     *
     * @param originals the organizations that merge, two or more, each once
     * @param result the organization they become
     * @param on the first day of the result
     * @param description what happened, in words, if given
     * @return the change recorded; never null
     * @throws IllegalArgumentException if there are fewer than two originals or one is named twice, or the result is
     *     dissolved
     * @throws org.chemnet.network.kernel.NotFoundException if an original is not stored
     * @throws org.chemnet.network.validation.NetworkValidationException if the new result or the description is not
     *     valid
     * @throws OrganizationEndedException if a dissolution of an original is recorded already, or one cannot end on
     *     that day
     * @throws org.chemnet.network.kernel.NetworkException if the result is neither new nor an original but another
     *     stored organization
     */
    OrganizationChange merge(
            List<OrganizationId> originals, Organization result, LocalDate on, Optional<String> description);

    /**
     * Splits an organization into several from a day. The results are stored if new; the original ends on that day
     * unless it is among the results (a spin-off), and then continues with its stored values (renamed from the day if
     * the result has another name).
     *
     * @param original the organization that splits
     * @param results the organizations it becomes, two or more, each once
     * @param on the first day of the results
     * @param description what happened, in words, if given
     * @return the change recorded; never null
     * @throws IllegalArgumentException if there are fewer than two results or one is named twice, or one is dissolved
     * @throws org.chemnet.network.kernel.NotFoundException if the original is not stored
     * @throws org.chemnet.network.validation.NetworkValidationException if a new result or the description is not
     *     valid
     * @throws OrganizationEndedException if a dissolution of the original is recorded already, or it cannot end on
     *     that day
     * @throws org.chemnet.network.kernel.NetworkException if a result is neither new nor the original but another stored
     *     organization
     */
    OrganizationChange split(
            OrganizationId original, List<Organization> results, LocalDate on, Optional<String> description);

    /**
     * The changes an organization took part in, as an original or a result: its predecessors and successors.
     *
     * @param organization the organization
     * @return the changes, by day; empty if none or not stored; never null
     */
    List<OrganizationChange> history(OrganizationId organization);

    /**
     * The name an organization had on a day, as {@link Organization#nameOn(LocalDate)}.
     *
     * @param organization the organization
     * @param day the day
     * @return the name, if the organization is stored; never null
     */
    Optional<LocalizedText> nameOn(OrganizationId organization, LocalDate day);
}
