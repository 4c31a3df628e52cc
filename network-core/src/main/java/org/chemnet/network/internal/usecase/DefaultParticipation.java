package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.Actor;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.graph.Network;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Agreement;
import org.chemnet.network.membership.Applicant;
import org.chemnet.network.membership.Application;
import org.chemnet.network.membership.ApplicationRefusedException;
import org.chemnet.network.membership.ApplicationRefusedException.Reason;
import org.chemnet.network.membership.Approver;
import org.chemnet.network.membership.IllegalMembershipTransitionException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipPolicy;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.NotTheApproverException;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.membership.Participation;
import org.chemnet.network.membership.RosterChange;
import org.chemnet.network.membership.StakeholderBalance;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;

/** The participation use cases. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class DefaultParticipation implements Participation {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultParticipation(UseCases context) {
        this.context = context;
    }

    @Override
    public Membership apply(Application application) {
        requireNonNull(application, "application");
        return context.change((tx, events) -> {
            if (application.applicant() instanceof Applicant.OrganizationApplicant organization) {
                context.authorize(Action.APPLY, EntityKind.ORGANIZATION, organization.id(), application.network());
            } else {
                context.authorize(Action.APPLY, EntityKind.NETWORK, application.network(), application.network());
            }
            Network network = tx.networks()
                    .network(application.network())
                    .orElseThrow(() -> new NotFoundException("network", application.network()));
            String networkName = network.name().toString();
            MembershipPolicy policy = network.policy();
            if (application.applicant() instanceof Applicant.PersonApplicant person) {
                throw new ApplicationRefusedException(
                        Reason.APPLICANT_IS_A_PERSON,
                        (policy.organizationsOnly()
                                        ? "only organizations can apply to " + networkName + ", as its policy says"
                                        : networkName + " keeps participation by organization")
                                + ", and " + person.id()
                                + " is a person; apply on behalf of the person's organization instead");
            }
            OrganizationId organizationId = ((Applicant.OrganizationApplicant) application.applicant()).id();
            Versioned<Organization> stored = UseCases.requireOrganization(tx, organizationId);
            Organization organization = stored.value();
            String applicant = organization.name() + " (" + organizationId + ")";
            if (organization.dissolved().isPresent()) {
                throw new ApplicationRefusedException(
                        Reason.ORGANIZATION_DISSOLVED,
                        applicant + " cannot apply to " + networkName + ": it was dissolved on "
                                + organization.dissolved().get());
            }
            OrganizationHistory.requireExistingAndHold(tx, stored, "a membership of " + network.id());
            if (!policy.admits(organization.type())) {
                throw new ApplicationRefusedException(
                        Reason.INELIGIBLE_TYPE,
                        applicant + " cannot apply to " + networkName + ": organizations of type "
                                + organization.type() + " are not eligible; eligible types are "
                                + policy.eligibleTypes());
            }
            if (policy.requiredAgreement().isPresent() && !application.agreesToRequiredAgreement()) {
                throw new ApplicationRefusedException(
                        Reason.AGREEMENT_MISSING,
                        applicant + " must agree to \""
                                + policy.requiredAgreement().get() + "\" to apply to " + networkName);
            }
            for (Membership existing : tx.memberships().membershipsOf(organizationId)) {
                if (existing.network().equals(network.id())
                        && existing.role() == application.role()
                        && existing.status().isOpen()) {
                    boolean waiting = existing.status() == MembershipStatus.APPLIED;
                    throw new ApplicationRefusedException(
                            waiting ? Reason.APPLICATION_OPEN : Reason.ALREADY_PARTICIPATING,
                            applicant + (waiting ? " has an application waiting" : " already takes part") + " in "
                                    + networkName + " as " + application.role() + " (membership " + existing.id()
                                    + ", " + existing.status() + ")");
                }
            }
            application.contact().ifPresent(p -> UseCases.requirePerson(tx, p));
            Membership membership = tx.memberships()
                    .insert(Membership.application(
                            MembershipId.random(),
                            network.id(),
                            organizationId,
                            application.role(),
                            application.contact(),
                            application.date()));
            events.add(new ChangeEvent.ApplicationReceived(membership));
            if (policy.requiredAgreement().isPresent()) {
                record(tx, events, network, organizationId, application.date());
            }
            notice(tx, Notices.Kind.APPLICATION_RECEIVED, membership, "");
            if (policy.approver() == Approver.AUTOMATIC) {
                membership = tx.memberships()
                        .update(membership
                                .moveTo(StatusChange.of(MembershipStatus.APPROVED, application.date()))
                                .moveTo(StatusChange.of(MembershipStatus.ACTIVE, application.date())));
                events.add(new ChangeEvent.ParticipationApproved(membership));
                notice(tx, Notices.Kind.PARTICIPATION_APPROVED, membership, "");
            }
            return membership;
        });
    }

    @Override
    public Membership approve(MembershipId id, LocalDate approvedOn, LocalDate activeFrom) {
        requireNonNull(activeFrom, "activeFrom");
        return context.change((tx, events) -> {
            Membership membership = decision(tx, id, Action.APPROVE, approvedOn);
            Membership approved = membership
                    .moveTo(StatusChange.of(MembershipStatus.APPROVED, approvedOn))
                    .moveTo(StatusChange.of(MembershipStatus.ACTIVE, activeFrom));
            Membership stored = tx.memberships().update(approved);
            events.add(new ChangeEvent.ParticipationApproved(stored));
            notice(tx, Notices.Kind.PARTICIPATION_APPROVED, stored, "");
            return stored;
        });
    }

    @Override
    public Membership reject(MembershipId id, LocalDate on, String reason) {
        requireNonNull(reason, "reason");
        return context.change((tx, events) -> {
            Membership membership = decision(tx, id, Action.REJECT, on);
            Membership rejected =
                    membership.moveTo(new StatusChange(MembershipStatus.REJECTED, on, Optional.of(reason)));
            context.validator.check(rejected);
            Membership stored = tx.memberships().update(rejected);
            events.add(new ChangeEvent.ApplicationRejected(stored));
            notice(tx, Notices.Kind.APPLICATION_REJECTED, stored, reason);
            return stored;
        });
    }

    @Override
    public Membership withdraw(MembershipId id, LocalDate on) {
        return move(id, StatusChange.of(MembershipStatus.WITHDRAWN, on));
    }

    @Override
    public Membership suspend(MembershipId id, LocalDate on, String reason) {
        requireNonNull(reason, "reason");
        return move(id, new StatusChange(MembershipStatus.SUSPENDED, on, Optional.of(reason)));
    }

    @Override
    public Membership reinstate(MembershipId id, LocalDate on) {
        return context.change((tx, events) -> {
            Membership membership = membership(tx, id);
            if (membership.status() != MembershipStatus.SUSPENDED) {
                throw new IllegalMembershipTransitionException(
                        id,
                        membership.status(),
                        MembershipStatus.ACTIVE,
                        "only a suspended membership can be reinstated");
            }
            return move(tx, events, membership, StatusChange.of(MembershipStatus.ACTIVE, on));
        });
    }

    @Override
    public List<Participant> participantsOn(ParticipantQuery query) {
        requireNonNull(query, "query");
        return context.store.read(r -> r.memberships().participants(query));
    }

    @Override
    public void memberships(NetworkId network, Consumer<Membership> each) {
        requireNonNull(network, "network");
        requireNonNull(each, "each");
        context.store.read(r -> {
            r.memberships().memberships(network, each);
            return network;
        });
    }

    @Override
    public void participantsOn(ParticipantQuery query, Consumer<Participant> each) {
        requireNonNull(query, "query");
        requireNonNull(each, "each");
        context.store.read(r -> {
            r.memberships().participants(query, each);
            return query;
        });
    }

    @Override
    public long countOn(ParticipantQuery query) {
        requireNonNull(query, "query");
        return context.store.read(r -> r.memberships().countParticipants(query));
    }

    @Override
    public StakeholderBalance balanceOn(NetworkId network, LocalDate day) {
        requireNonNull(network, "network");
        requireNonNull(day, "day");
        return context.store.read(r -> {
            if (r.networks().network(network).isEmpty()) {
                throw new NotFoundException("network", network);
            }
            BalanceCount count = new BalanceCount();
            r.memberships().participants(ParticipantQuery.of(network, day), count);
            return count.balance(network, day);
        });
    }

    @Override
    public RosterChange rosterChange(NetworkId network, LocalDate from, LocalDate to) {
        requireNonNull(network, "network");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the later day " + to + " is before the earlier day " + from);
        }
        return context.store.read(r -> {
            if (r.networks().network(network).isEmpty()) {
                throw new NotFoundException("network", network);
            }
            RosterDifference difference = new RosterDifference(from, to);
            r.memberships().participants(ParticipantQuery.of(network, from), difference::before);
            r.memberships().participants(ParticipantQuery.of(network, to), difference::after);
            return difference.change(network);
        });
    }

    @Override
    public List<Membership> history(OrganizationId organization) {
        requireNonNull(organization, "organization");
        return context.store.read(r -> r.memberships().membershipsOf(organization));
    }

    @Override
    public Agreement agree(NetworkId networkId, OrganizationId organization, LocalDate on) {
        requireNonNull(networkId, "network");
        requireNonNull(organization, "organization");
        requireNonNull(on, "on");
        return context.change((tx, events) -> {
            context.authorize(Action.AGREE, EntityKind.ORGANIZATION, organization, networkId);
            Network network =
                    tx.networks().network(networkId).orElseThrow(() -> new NotFoundException("network", networkId));
            if (network.policy().requiredAgreement().isEmpty()) {
                throw new ApplicationRefusedException(
                        Reason.AGREEMENT_MISSING,
                        "the policy of " + network.name() + " requires no agreement, so " + organization
                                + " has none to give");
            }
            boolean open = tx.memberships().membershipsOf(organization).stream()
                    .anyMatch(m -> m.network().equals(networkId) && m.status().isOpen());
            if (!open) {
                throw new ApplicationRefusedException(
                        Reason.NOT_A_PARTICIPANT,
                        organization + " holds no application or participation in " + network.name()
                                + " that has not ended; it agrees when it applies");
            }
            return record(tx, events, network, organization, on);
        });
    }

    /** Records an organization's agreement to the policy's current agreement, with its event. */
    private static Agreement record(
            StoreTransaction tx, List<ChangeEvent> events, Network network, OrganizationId organization, LocalDate on) {
        MembershipPolicy policy = network.policy();
        Agreement agreement = new Agreement(
                network.id(), organization, policy.requiredAgreement().orElseThrow(), policy.agreementVersion(), on);
        tx.memberships().insertAgreement(agreement);
        events.add(new ChangeEvent.AgreementRecorded(agreement));
        return agreement;
    }

    @Override
    public List<Agreement> agreements(NetworkId network, OrganizationId organization) {
        requireNonNull(network, "network");
        requireNonNull(organization, "organization");
        return context.store.read(r -> r.memberships().agreements(network, organization));
    }

    @Override
    public List<OrganizationId> agreementsOwed(NetworkId networkId, LocalDate day) {
        requireNonNull(networkId, "network");
        requireNonNull(day, "day");
        return context.store.read(r -> {
            Network network =
                    r.networks().network(networkId).orElseThrow(() -> new NotFoundException("network", networkId));
            if (network.policy().requiredAgreement().isEmpty()) {
                return List.<OrganizationId>of();
            }
            MembershipPolicy policy = network.policy();
            // Each organization's latest agreement on or before the day: by organization, then oldest first.
            Map<OrganizationId, Agreement> latest = new HashMap<>();
            for (Agreement a : r.memberships().agreementsIn(networkId)) {
                if (!a.agreedOn().isAfter(day)) {
                    latest.put(a.organization(), a);
                }
            }
            Set<OrganizationId> agreed = new HashSet<>();
            latest.forEach((organization, a) -> {
                if (a.covers(policy)) {
                    agreed.add(organization);
                }
            });
            return r.memberships().participants(ParticipantQuery.of(networkId, day)).stream()
                    .map(Participant::organization)
                    .map(Organization::id)
                    .distinct()
                    .filter(id -> !agreed.contains(id))
                    .sorted()
                    .toList();
        });
    }

    private void notice(StoreTransaction tx, Notices.Kind kind, Membership membership, String reason) {
        if (context.notices) {
            Notices.record(tx, kind, membership, reason, context.clock.instant());
        }
    }

    private Membership move(MembershipId id, StatusChange change) {
        return context.change((tx, events) -> move(tx, events, membership(tx, id), change));
    }

    private Membership move(StoreTransaction tx, List<ChangeEvent> events, Membership membership, StatusChange change) {
        context.authorize(Action.CHANGE_PARTICIPATION, EntityKind.MEMBERSHIP, membership.id(), membership.network());
        Membership moved = membership.moveTo(change);
        context.validator.check(moved);
        Membership stored = tx.memberships().update(moved);
        events.add(new ChangeEvent.MembershipChanged(stored, membership.status()));
        return stored;
    }

    private static Membership membership(StoreTransaction tx, MembershipId id) {
        requireNonNull(id, "membership");
        return tx.memberships().membership(id).orElseThrow(() -> new NotFoundException("membership", id));
    }

    /**
     * The application to decide on, once the access policy let the actor decide and the actor decides for the
     * approver the network's policy names on the day of the decision.
     */
    private Membership decision(StoreTransaction tx, MembershipId id, Action action, LocalDate on) {
        requireNonNull(on, "on");
        Membership membership = membership(tx, id);
        context.authorize(action, EntityKind.MEMBERSHIP, id, membership.network());
        Network network = tx.networks()
                .network(membership.network())
                .orElseThrow(() -> new NotFoundException("network", membership.network()));
        Approver approver = network.policy().approver();
        Actor actor = context.actor;
        Optional<String> refusal =
                switch (actor.kind()) {
                    case SYSTEM -> Optional.empty();
                    case SECRETARIAT_STAFF ->
                        approver == Approver.SECRETARIAT && actor.worksFor(network.id())
                                ? Optional.empty()
                                : Optional.of("does not decide for it");
                    case BOARD_MEMBER -> {
                        if (approver != Approver.BOARD || !actor.worksFor(network.id())) {
                            yield Optional.of("does not decide for it");
                        }
                        boolean sits = Sittings.sits(tx, network.id(), actor.person(), on);
                        yield sits ? Optional.empty() : Optional.of("represents no seat of its board on " + on);
                    }
                    case PERSON -> Optional.of("does not decide for it");
                };
        if (refusal.isPresent()) {
            throw new NotTheApproverException(network.id(), approver, actor, refusal.get());
        }
        return membership;
    }
}
