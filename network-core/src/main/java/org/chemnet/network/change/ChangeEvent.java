package org.chemnet.network.change;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.ImportSummary;
import org.chemnet.network.graph.Network;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Agreement;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationChange;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;

/**
 * Something that changed in a network, told to {@link ChangeListener}s after the change is stored. The kinds are
 * closed: a {@code switch} over an event covers them all. Every event is also kept in the change log, in the same
 * transaction as the change, as a {@link RecordedChange} of the same {@linkplain RecordedChange#kind() kind}: the
 * audit log, and what {@link DurableListener}s hear of.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface ChangeEvent {
    /**
     * A network and everything in it was registered.
     *
     * @param network the network
     */
    record NetworkRegistered(NetworkId network) implements ChangeEvent {
        /** Checks the component. */
        public NetworkRegistered {
            requireNonNull(network, "network");
        }
    }

    /**
     * An organization's stored values changed: by an update, or by an import or registration that was asked to
     * update the organizations other networks share.
     *
     * @param before the organization before
     * @param after the organization after
     * @param on the day of the change
     * @since 0.3.0
     */
    record OrganizationChanged(Organization before, Organization after, LocalDate on) implements ChangeEvent {
        /** Checks the components. */
        public OrganizationChanged {
            requireNonNull(before, "before");
            requireNonNull(after, "after");
            requireNonNull(on, "on");
        }
    }

    /**
     * A person's stored values changed, as {@link OrganizationChanged}.
     *
     * @param before the person before
     * @param after the person after
     * @param on the day of the change
     * @since 0.3.0
     */
    record PersonChanged(Person before, Person after, LocalDate on) implements ChangeEvent {
        /** Checks the components. */
        public PersonChanged {
            requireNonNull(before, "before");
            requireNonNull(after, "after");
            requireNonNull(on, "on");
        }
    }

    /**
     * Organizations were renamed, merged, split up or dissolved, or updated on request: the change as recorded.
     *
     * @param change the change
     * @since 0.3.0
     */
    record OrganizationChangeRecorded(OrganizationChange change) implements ChangeEvent {
        /** Checks the component. */
        public OrganizationChangeRecorded {
            requireNonNull(change, "change");
        }
    }

    /**
     * An organization applied.
     *
     * @param membership the new membership, in status applied
     */
    record ApplicationReceived(Membership membership) implements ChangeEvent {
        /** Checks the component. */
        public ApplicationReceived {
            requireNonNull(membership, "membership");
        }
    }

    /**
     * An application was approved.
     *
     * @param membership the membership, approved (and active if it starts at once)
     */
    record ParticipationApproved(Membership membership) implements ChangeEvent {
        /** Checks the component. */
        public ParticipationApproved {
            requireNonNull(membership, "membership");
        }
    }

    /**
     * An organization agreed to what a network's policy requires: when it applied, or again, to a new version.
     *
     * @param agreement the agreement
     * @since 0.4.0
     */
    record AgreementRecorded(Agreement agreement) implements ChangeEvent {
        /** Checks the component. */
        public AgreementRecorded {
            requireNonNull(agreement, "agreement");
        }
    }

    /**
     * An application was rejected.
     *
     * @param membership the membership, rejected
     */
    record ApplicationRejected(Membership membership) implements ChangeEvent {
        /** Checks the component. */
        public ApplicationRejected {
            requireNonNull(membership, "membership");
        }
    }

    /**
     * A participation was withdrawn, suspended or reinstated.
     *
     * @param membership the membership after the change
     * @param from the status before
     */
    record MembershipChanged(Membership membership, MembershipStatus from) implements ChangeEvent {
        /** Checks the components. */
        public MembershipChanged {
            requireNonNull(membership, "membership");
            requireNonNull(from, "from");
        }
    }

    /**
     * A network's board changed: a seat appointed or ended, the chair changed.
     *
     * @param network the network
     * @param board the board after the change
     */
    record BoardChanged(NetworkId network, Board board) implements ChangeEvent {
        /** Checks the components. */
        public BoardChanged {
            requireNonNull(network, "network");
            requireNonNull(board, "board");
        }
    }

    /**
     * A network's secretariat is hosted by an organization.
     *
     * @param network the network
     * @param secretariat the secretariat
     */
    record SecretariatHosted(NetworkId network, Secretariat secretariat) implements ChangeEvent {
        /** Checks the components. */
        public SecretariatHosted {
            requireNonNull(network, "network");
            requireNonNull(secretariat, "secretariat");
        }
    }

    /**
     * An event was scheduled.
     *
     * @param network the network
     * @param event the event
     */
    record EventScheduled(NetworkId network, Event event) implements ChangeEvent {
        /** Checks the components. */
        public EventScheduled {
            requireNonNull(network, "network");
            requireNonNull(event, "event");
        }
    }

    /**
     * A declaration was adopted at an event.
     *
     * @param network the network
     * @param declaration the declaration
     */
    record DeclarationAdopted(NetworkId network, Declaration declaration) implements ChangeEvent {
        /** Checks the components. */
        public DeclarationAdopted {
            requireNonNull(network, "network");
            requireNonNull(declaration, "declaration");
        }
    }

    /**
     * An organization endorsed a declaration, or withdrew its endorsement.
     *
     * @param declaration the declaration after the change
     * @param endorsement the endorsement, with its withdrawal day if withdrawn
     */
    record EndorsementChanged(Declaration declaration, Endorsement endorsement) implements ChangeEvent {
        /** Checks the components. */
        public EndorsementChanged {
            requireNonNull(declaration, "declaration");
            requireNonNull(endorsement, "endorsement");
        }
    }

    /**
     * An activity was added to a network.
     *
     * @param network the network
     * @param activity the activity, as stored
     * @since 0.3.0
     */
    record ActivityAdded(NetworkId network, Activity activity) implements ChangeEvent {
        /** Checks the components. */
        public ActivityAdded {
            requireNonNull(network, "network");
            requireNonNull(activity, "activity");
        }
    }

    /**
     * An activity of a network was changed.
     *
     * @param network the network
     * @param before the activity before the change
     * @param after the activity as stored, with the same identifier and kind
     * @since 0.3.0
     */
    record ActivityChanged(NetworkId network, Activity before, Activity after) implements ChangeEvent {
        /** Checks the components. */
        public ActivityChanged {
            requireNonNull(network, "network");
            requireNonNull(before, "before");
            requireNonNull(after, "after");
        }
    }

    /**
     * A network stopped running an activity: it stays stored, retired, with its last day in
     * {@link Activity#retired()}.
     *
     * @param network the network
     * @param activity the activity, retired
     * @since 0.3.0
     */
    record ActivityRetired(NetworkId network, Activity activity) implements ChangeEvent {
        /** Checks the components. */
        public ActivityRetired {
            requireNonNull(network, "network");
            requireNonNull(activity, "activity");
        }
    }

    /**
     * An organization allied with a network as its partner.
     *
     * @param network the network
     * @param partner the partner, with the period of the partnership
     * @since 0.3.0
     */
    record PartnerAllied(NetworkId network, Partner partner) implements ChangeEvent {
        /** Checks the components. */
        public PartnerAllied {
            requireNonNull(network, "network");
            requireNonNull(partner, "partner");
        }
    }

    /**
     * A partnership with a network ended.
     *
     * @param network the network
     * @param partner the partner, with the period of the partnership ended on its last day
     * @since 0.3.0
     */
    record PartnershipEnded(NetworkId network, Partner partner) implements ChangeEvent {
        /** Checks the components. */
        public PartnershipEnded {
            requireNonNull(network, "network");
            requireNonNull(partner, "partner");
        }
    }

    /**
     * A network's secretariat was handed over to another host, and the one before kept in its history.
     *
     * @param network the network
     * @param before the secretariat before, as its history keeps it: its period ended the day before the new one's
     * @param after the secretariat from the hand-over on
     * @since 0.3.0
     */
    record SecretariatHandedOver(NetworkId network, Secretariat before, Secretariat after) implements ChangeEvent {
        /** Checks the components. */
        public SecretariatHandedOver {
            requireNonNull(network, "network");
            requireNonNull(before, "before");
            requireNonNull(after, "after");
        }
    }

    /**
     * A newsletter issue was recorded in the outbox for its audience.
     *
     * @param message the issue
     * @param recipients how many deliveries were recorded
     */
    record NewsletterIssued(MailMessage message, int recipients) implements ChangeEvent {
        /** Checks the component. */
        public NewsletterIssued {
            requireNonNull(message, "message");
        }
    }

    /**
     * A subscription to a newsletter was stored: new, or replacing what was stored.
     *
     * @param subscription the subscription as stored
     * @since 0.4.0
     */
    record Subscribed(Subscription subscription) implements ChangeEvent {
        /** Checks the component. */
        public Subscribed {
            requireNonNull(subscription, "subscription");
        }
    }

    /**
     * A subscriber left a newsletter.
     *
     * @param subscription the subscription, unsubscribed
     */
    record Unsubscribed(Subscription subscription) implements ChangeEvent {
        /** Checks the component. */
        public Unsubscribed {
            requireNonNull(subscription, "subscription");
        }
    }

    /**
     * A network's name, purpose or membership policy changed.
     *
     * @param before the network before
     * @param after the network as stored
     * @since 0.4.0
     */
    record NetworkUpdated(Network before, Network after) implements ChangeEvent {
        /** Checks the components. */
        public NetworkUpdated {
            requireNonNull(before, "before");
            requireNonNull(after, "after");
        }
    }

    /**
     * A network was imported, with the records the import stored and those it refused and skipped.
     *
     * @param summary what the import did
     * @since 0.4.0
     */
    record NetworkImported(ImportSummary summary) implements ChangeEvent {
        /** Checks the component. */
        public NetworkImported {
            requireNonNull(summary, "summary");
        }
    }

    /**
     * An organization was stored whole, new or replacing what was stored.
     *
     * @param organization the organization as stored
     * @since 0.4.0
     */
    record OrganizationSaved(Organization organization) implements ChangeEvent {
        /** Checks the component. */
        public OrganizationSaved {
            requireNonNull(organization, "organization");
        }
    }

    /**
     * A person was stored whole, new or replacing what was stored.
     *
     * @param person the person as stored
     * @since 0.4.0
     */
    record PersonSaved(Person person) implements ChangeEvent {
        /** Checks the component. */
        public PersonSaved {
            requireNonNull(person, "person");
        }
    }

    /**
     * The outbox recorded the outcome of an attempt to deliver a mail: sent, failed for good, or due again later.
     *
     * @param delivery the delivery after the attempt
     * @param network the network of the newsletter the mail is an issue of; empty for a notice
     * @since 0.4.0
     */
    record DeliveryAttempted(Delivery delivery, Optional<NetworkId> network) implements ChangeEvent {
        /** Checks the components. */
        public DeliveryAttempted {
            requireNonNull(delivery, "delivery");
            requireNonNull(network, "network");
        }
    }

    /**
     * A person's personal data was erased on request.
     *
     * @param person the person, of whom only the identifier is left
     */
    record PersonalDataErased(PersonId person) implements ChangeEvent {
        /** Checks the component. */
        public PersonalDataErased {
            requireNonNull(person, "person");
        }
    }

    /**
     * An occasion was opened for registration, or its rules changed.
     *
     * @param rules the rules as stored
     * @since 0.5.0
     */
    record RegistrationOpened(org.chemnet.network.registration.RegistrationRules rules) implements ChangeEvent {
        /** Checks the component. */
        public RegistrationOpened {
            requireNonNull(rules, "rules");
        }
    }

    /**
     * Someone registered for an occasion, confirmed or on the waitlist.
     *
     * @param registration the registration as stored
     * @since 0.5.0
     */
    record Registered(org.chemnet.network.registration.Registration registration) implements ChangeEvent {
        /** Checks the component. */
        public Registered {
            requireNonNull(registration, "registration");
        }
    }

    /**
     * A registration was cancelled, promoted from the waitlist, or its attendance recorded.
     *
     * @param before the registration before
     * @param after the registration as stored
     * @since 0.5.0
     */
    record RegistrationChanged(
            org.chemnet.network.registration.Registration before, org.chemnet.network.registration.Registration after)
            implements ChangeEvent {
        /** Checks the components. */
        public RegistrationChanged {
            requireNonNull(before, "before");
            requireNonNull(after, "after");
        }
    }

    /**
     * A person was affiliated with an organization.
     *
     * @param affiliation the affiliation as stored
     * @since 0.5.0
     */
    record Affiliated(org.chemnet.network.affiliation.Affiliation affiliation) implements ChangeEvent {
        /** Checks the component. */
        public Affiliated {
            requireNonNull(affiliation, "affiliation");
        }
    }

    /**
     * An affiliation was ended.
     *
     * @param before the affiliation before
     * @param after the affiliation as stored
     * @since 0.5.0
     */
    record AffiliationEnded(
            org.chemnet.network.affiliation.Affiliation before, org.chemnet.network.affiliation.Affiliation after)
            implements ChangeEvent {
        /** Checks the components. */
        public AffiliationEnded {
            requireNonNull(before, "before");
            requireNonNull(after, "after");
        }
    }

    /**
     * A series of events was defined, or an edition added to it.
     *
     * @param series the series as stored, its editions by first day
     * @since 0.5.0
     */
    record EventSeriesChanged(org.chemnet.network.event.EventSeries series) implements ChangeEvent {
        /** Checks the component. */
        public EventSeriesChanged {
            requireNonNull(series, "series");
        }
    }

    /**
     * A network's board set how it decides.
     *
     * @param network the network
     * @param rules the rules as stored
     * @since 0.5.0
     */
    record BoardRulesSet(NetworkId network, org.chemnet.network.decision.BoardRules rules) implements ChangeEvent {
        /** Checks the components. */
        public BoardRulesSet {
            requireNonNull(network, "network");
            requireNonNull(rules, "rules");
        }
    }

    /**
     * A motion was put to a network's board.
     *
     * @param motion the motion as stored
     * @since 0.5.0
     */
    record MotionProposed(org.chemnet.network.decision.Motion motion) implements ChangeEvent {
        /** Checks the component. */
        public MotionProposed {
            requireNonNull(motion, "motion");
        }
    }

    /**
     * A seat voted on a motion.
     *
     * @param network the network whose motion it is
     * @param vote the vote as stored
     * @since 0.5.0
     */
    record VoteCast(NetworkId network, org.chemnet.network.decision.Vote vote) implements ChangeEvent {
        /** Checks the components. */
        public VoteCast {
            requireNonNull(network, "network");
            requireNonNull(vote, "vote");
        }
    }

    /**
     * A motion's outcome was recorded.
     *
     * @param motion the motion, decided
     * @since 0.5.0
     */
    record MotionDecided(org.chemnet.network.decision.Motion motion) implements ChangeEvent {
        /** Checks the component. */
        public MotionDecided {
            requireNonNull(motion, "motion");
        }
    }

    /**
     * A bounce was recorded (counted or not).
     *
     * @param bounce the bounce
     * @param result what it did to the address's standing
     * @since 0.6.0
     */
    record BounceRecorded(
            org.chemnet.network.deliverability.Bounce bounce, org.chemnet.network.deliverability.BounceResult result)
            implements ChangeEvent {
        /** Checks the components. */
        public BounceRecorded {
            requireNonNull(bounce, "bounce");
            requireNonNull(result, "result");
        }
    }

    /**
     * An address's standing changed other than by a bounce: held, reminded, suppressed, lifted or brought back.
     *
     * @param before the standing before
     * @param after the standing after
     * @since 0.6.0
     */
    record AddressStandingChanged(
            org.chemnet.network.deliverability.AddressStanding before,
            org.chemnet.network.deliverability.AddressStanding after)
            implements ChangeEvent {
        /** Checks the components. */
        public AddressStandingChanged {
            requireNonNull(before, "before");
            requireNonNull(after, "after");
        }
    }

    /**
     * A subscription was asked for with double opt-in, and waits for its confirmation.
     *
     * @param pending the pending subscription
     * @since 0.6.0
     */
    record SignUpRequested(org.chemnet.network.newsletter.PendingSubscription pending) implements ChangeEvent {
        /** Checks the component. */
        public SignUpRequested {
            requireNonNull(pending, "pending");
        }
    }

    /**
     * A consent was given or withdrawn: an entry was appended to the consent ledger.
     *
     * @param entry the entry
     * @since 0.6.0
     */
    record ConsentRecorded(org.chemnet.network.consent.ConsentEntry entry) implements ChangeEvent {
        /** Checks the component. */
        public ConsentRecorded {
            requireNonNull(entry, "entry");
        }
    }
}
