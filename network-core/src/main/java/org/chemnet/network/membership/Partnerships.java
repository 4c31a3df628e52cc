package org.chemnet.network.membership;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * The partnership use cases: an organization allies with a network without taking part in it, the partnership ends
 * on a day, and the partners of a day are listed. A network holds at most one partnership per organization: allying
 * again after an end replaces the ended one.
 *
 * <p>Every write is conditional on what was read, so two nodes never overwrite each other: of two allying one
 * organization at once, or ending one partnership at once, exactly one succeeds and the other gets a
 * {@link PartnershipRefusedException}. Each change is told to the change listeners ({@code PartnerAllied},
 * {@code PartnershipEnded}). Get it from {@code NetworkRuntime.partnerships()}.
 *
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public interface Partnerships {
    /**
     * Allies an organization with a network from the first day of the partner's period.
     *
     * @param network the network
     * @param partner the partner, with its period (a first day, and a last day if known already)
     * @return the partner as stored; never null
     * @throws NetworkValidationException if the partner is not valid or has no period; nothing is stored then
     * @throws NotFoundException if the network or the organization is not stored
     * @throws PartnershipRefusedException if the organization is a partner already on or after the new first day
     *     (its partnership is open, of unknown period, or ends on or after that day)
     * @throws ConcurrentUpdateException if other writers kept overtaking the change; nothing is stored then
     */
    Partner ally(NetworkId network, Partner partner);

    /**
     * Ends an organization's open partnership with a network on a last day.
     *
     * @param network the network
     * @param organization the partner organization
     * @param lastDay the last day of the partnership
     * @return the partner, ended; never null
     * @throws NotFoundException if the network or the organization is not stored
     * @throws PartnershipRefusedException if the organization is not a partner of the network, its partnership ended
     *     already (another node may have just ended it), or its first day is not known
     * @throws NetworkValidationException if the last day is before the partnership's first day
     * @throws ConcurrentUpdateException if other writers kept overtaking the change; nothing is stored then
     */
    Partner endPartnership(NetworkId network, OrganizationId organization, LocalDate lastDay);

    /**
     * The partners of a network on a day: those whose period covers it, and those whose period is not known (the
     * store knows no better than that they are partners).
     *
     * @param network the network; one that is not stored has none
     * @param day the day
     * @return the partners, by organization identifier; never null
     */
    List<Partner> partnersOn(NetworkId network, LocalDate day);
}
