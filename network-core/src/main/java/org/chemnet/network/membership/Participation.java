package org.chemnet.network.membership;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;

/**
 * The participation use cases: applications and decisions on them, withdrawal, suspension and reinstatement, and who
 * took part on a day. Every change is a dated status transition; illegal ones are refused with {@link
 * IllegalMembershipTransitionException}. A decision on a membership someone else changed in the meantime fails with
 * {@link ConcurrentUpdateException}, and nothing is stored.
 *
 * <p>Get it from {@code NetworkRuntime.participation()}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface Participation {
    /**
     * Records an application. Where the policy's approver is {@link Approver#AUTOMATIC}, it is approved and active
     * the same day.
     *
     * @param application the application
     * @return the new membership; never null
     * @throws ApplicationRefusedException if the applicant is a person, of an ineligible type, did not agree, or
     *     already has an open application or participation in the network and role
     * @throws NotFoundException if the network or organization is not stored
     */
    Membership apply(Application application);

    /**
     * Approves an application; the participation becomes active on a day on or after the approval. Who decides
     * follows from the actor and the network's policy: where the policy names the {@link Approver#SECRETARIAT}, its
     * secretariat staff decide; where it names the {@link Approver#BOARD}, a board member who represents a seat of
     * the board on the day of the decision; a system job decides for either.
     *
     * @param membership the application
     * @param approvedOn the day of the decision
     * @param activeFrom the first day of participation
     * @return the membership, approved and (from that day) active; never null
     * @throws NotTheApproverException if the actor does not decide for the policy's approver
     * @throws org.chemnet.network.access.AccessDeniedException if the access policy denies it
     */
    Membership approve(MembershipId membership, LocalDate approvedOn, LocalDate activeFrom);

    /**
     * Approves an application, active from the day of approval.
     *
     * @param membership the application
     * @param on the day of the decision and the first day of participation
     * @return the membership; never null
     */
    default Membership approve(MembershipId membership, LocalDate on) {
        return approve(membership, on, on);
    }

    /**
     * Rejects an application; who decides follows from the actor, as for {@link #approve(MembershipId, LocalDate,
     * LocalDate)}.
     *
     * @param membership the application
     * @param on the day of the decision
     * @param reason why, for the applicant to read
     * @return the membership, rejected; never null
     * @throws NotTheApproverException if the actor does not decide for the policy's approver
     */
    Membership reject(MembershipId membership, LocalDate on, String reason);

    /**
     * Withdraws an application or ends a participation, at the organization's wish.
     *
     * @param membership the membership
     * @param on the day it ends
     * @return the membership, withdrawn; never null
     */
    Membership withdraw(MembershipId membership, LocalDate on);

    /**
     * Suspends an active participation.
     *
     * @param membership the membership
     * @param on the first day of suspension
     * @param reason why
     * @return the membership, suspended; never null
     */
    Membership suspend(MembershipId membership, LocalDate on, String reason);

    /**
     * Reinstates a suspended participation.
     *
     * @param membership the membership
     * @param on the first day active again
     * @return the membership, active; never null
     */
    Membership reinstate(MembershipId membership, LocalDate on);

    /**
     * The participants a query selects: a network's active participants on a day, optionally filtered.
     *
     * @param query the network, day and filters
     * @return the participants, by organization identifier; never null
     */
    List<Participant> participantsOn(ParticipantQuery query);

    /**
     * Every membership of a network, past and present, handed over one at a time (by identifier) as the store reads
     * them, within one read-only transaction: for histories too long to hold, such as the growth of a network of a
     * million organizations.
     *
     * @param network the network
     * @param each what is done with each membership; what it throws ends the reading
     * @since 0.3.0
     */
    void memberships(NetworkId network, Consumer<Membership> each);

    /**
     * The participants a query selects, handed over one at a time (by organization identifier) as the store reads
     * them, within one read-only transaction: for lists too long to hold, such as a directory of a million
     * organizations.
     *
     * @param query the network, day and filters
     * @param each what is done with each participant; what it throws ends the reading
     * @since 0.3.0
     */
    void participantsOn(ParticipantQuery query, Consumer<Participant> each);

    /**
     * How many participants a query selects.
     *
     * @param query the network, day and filters
     * @return the count
     */
    long countOn(ParticipantQuery query);

    /**
     * The stakeholder balance of a network on a day: how its participants divide by stakeholder community, type,
     * country and size. The participants are read one at a time (as {@link #participantsOn(ParticipantQuery,
     * Consumer)}), so memory holds the counts, not the participants.
     *
     * @param network the network
     * @param day the day
     * @return the balance; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the network is not stored
     * @since 0.3.0
     */
    StakeholderBalance balanceOn(NetworkId network, LocalDate day);

    /**
     * How a network's roster changed between two days: who joined, who left, who was renamed (by the organizations'
     * names on each day, see {@link org.chemnet.network.organization.Organization#nameOn(LocalDate)}).
     *
     * @param network the network
     * @param from the earlier day
     * @param to the later day, not before the earlier
     * @return the change; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the network is not stored
     * @throws IllegalArgumentException if the later day is before the earlier
     * @since 0.3.0
     */
    RosterChange rosterChange(NetworkId network, LocalDate from, LocalDate to);

    /**
     * An organization's history: every membership it has had, in every network.
     *
     * @param organization the organization
     * @return the memberships, oldest first; never null
     */
    List<Membership> history(OrganizationId organization);

    /**
     * Records that an organization agrees to what the network's policy requires now: its text in its current version,
     * as it does when it applies. A network that gave its purpose a new version asks this of the participants that
     * agreed to an earlier one.
     *
     * @param network the network
     * @param organization the organization, which holds an application or participation in the network that has not
     *     ended
     * @param on the day it agrees
     * @return the agreement as recorded; never null
     * @throws ApplicationRefusedException if the policy requires no agreement ({@code AGREEMENT_MISSING}), or the
     *     organization holds no open membership in the network ({@code NOT_A_PARTICIPANT})
     * @throws org.chemnet.network.kernel.NotFoundException if the network is not stored
     * @since 0.4.0
     */
    Agreement agree(NetworkId network, OrganizationId organization, LocalDate on);

    /**
     * An organization's agreements to a network's policy, oldest first.
     *
     * @param network the network
     * @param organization the organization
     * @return the agreements; never null
     * @since 0.4.0
     */
    List<Agreement> agreements(NetworkId network, OrganizationId organization);

    /**
     * The participants of a day whose latest agreement on or before that day is not to what the policy requires now
     * (to its version, where it gives one; else to its text), or who have none (registered or imported without
     * agreeing): those the secretariat asks to agree.
     *
     * @param network the network
     * @param day the day
     * @return the organizations, by identifier; never null; empty if the policy requires no agreement
     * @since 0.4.0
     */
    List<OrganizationId> agreementsOwed(NetworkId network, LocalDate day);
}
