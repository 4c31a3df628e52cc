package org.chemnet.network.internal.usecase;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.chemnet.network.access.Actor;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.NewChange;
import org.chemnet.network.spi.StoreTransaction;

/**
 * What the change log keeps of each change event: its aggregate, its network and a summary without personal data.
 * The one place that says so, for every store. Not part of the API.
 */
final class ChangeRecords {
    private ChangeRecords() {}

    /**
     * The log entry of an event.
     *
     * @param tx the transaction of the change, where the networks of newsletters and declarations are looked up
     * @param event the event
     * @param actor who made the change
     * @param at when
     * @param erased the persons whose data the same transaction erased: the entry names none of them
     * @return the entry; never null
     */
    static NewChange of(StoreTransaction tx, ChangeEvent event, Actor actor, Instant at, Set<PersonId> erased) {
        Entry entry = entry(tx, event);
        Actor by = actor.person().filter(erased::contains).isPresent() ? actor.erased() : actor;
        EntityRef aggregate = entry.aggregate().kind() == EntityKind.PERSON
                        && erased.contains(PersonId.of(entry.aggregate().id()))
                ? new EntityRef(EntityKind.PERSON, Actor.ERASED)
                : entry.aggregate();
        String summary = entry.summary().length() > NewChange.MAX_SUMMARY
                ? entry.summary().substring(0, NewChange.MAX_SUMMARY)
                : entry.summary();
        return new NewChange(at, by, event.getClass().getSimpleName(), aggregate, entry.network(), summary);
    }

    private record Entry(EntityRef aggregate, Optional<NetworkId> network, String summary) {
        static Entry of(EntityKind kind, Object id, Optional<NetworkId> network, String summary) {
            return new Entry(EntityRef.of(kind, id), network, summary);
        }

        static Entry ofNetwork(EntityKind kind, Object id, NetworkId network, String summary) {
            return of(kind, id, Optional.of(network), summary);
        }
    }

    @SuppressWarnings("PatternMatchingInstanceof")
    private static Entry entry(StoreTransaction tx, ChangeEvent event) {
        if (event instanceof ChangeEvent.NetworkRegistered e) {
            return Entry.ofNetwork(EntityKind.NETWORK, e.network(), e.network(), "registered");
        } else if (event instanceof ChangeEvent.NetworkUpdated e) {
            return Entry.ofNetwork(EntityKind.NETWORK, e.after().id(), e.after().id(), "updated");
        } else if (event instanceof ChangeEvent.NetworkImported e) {
            return Entry.ofNetwork(
                    EntityKind.NETWORK,
                    e.summary().network(),
                    e.summary().network(),
                    "imported: " + e.summary().stored() + " stored, "
                            + e.summary().refused() + " refused");
        } else if (event instanceof ChangeEvent.OrganizationSaved e) {
            return Entry.of(EntityKind.ORGANIZATION, e.organization().id(), Optional.empty(), "saved");
        } else if (event instanceof ChangeEvent.OrganizationChanged e) {
            return Entry.of(EntityKind.ORGANIZATION, e.after().id(), Optional.empty(), "changed on " + e.on());
        } else if (event instanceof ChangeEvent.OrganizationChangeRecorded e) {
            return Entry.of(
                    EntityKind.ORGANIZATION,
                    e.change().originals().get(0),
                    Optional.empty(),
                    e.change().kind() + " on " + e.change().on() + ": "
                            + e.change().originals() + " -> " + e.change().results());
        } else if (event instanceof ChangeEvent.PersonSaved e) {
            return Entry.of(EntityKind.PERSON, e.person().id(), Optional.empty(), "saved");
        } else if (event instanceof ChangeEvent.PersonChanged e) {
            return Entry.of(EntityKind.PERSON, e.after().id(), Optional.empty(), "changed on " + e.on());
        } else if (event instanceof ChangeEvent.PersonalDataErased e) {
            return Entry.of(EntityKind.PERSON, e.person(), Optional.empty(), "personal data erased");
        } else if (event instanceof ChangeEvent.ApplicationReceived e) {
            return membership(e.membership(), "applied");
        } else if (event instanceof ChangeEvent.ParticipationApproved e) {
            return membership(e.membership(), "approved");
        } else if (event instanceof ChangeEvent.AgreementRecorded e) {
            return Entry.ofNetwork(
                    EntityKind.ORGANIZATION,
                    e.agreement().organization(),
                    e.agreement().network(),
                    "agreed on " + e.agreement().agreedOn() + " to version "
                            + e.agreement().version().orElse("(none)"));
        } else if (event instanceof ChangeEvent.ApplicationRejected e) {
            return membership(e.membership(), "rejected");
        } else if (event instanceof ChangeEvent.MembershipChanged e) {
            return membership(e.membership(), "from " + e.from());
        } else if (event instanceof ChangeEvent.BoardChanged e) {
            return Entry.ofNetwork(
                    EntityKind.BOARD,
                    e.network(),
                    e.network(),
                    e.board().seats().size() + " seats");
        } else if (event instanceof ChangeEvent.SecretariatHosted e) {
            return Entry.ofNetwork(
                    EntityKind.SECRETARIAT,
                    e.network(),
                    e.network(),
                    "hosted by " + e.secretariat().host());
        } else if (event instanceof ChangeEvent.SecretariatHandedOver e) {
            return Entry.ofNetwork(
                    EntityKind.SECRETARIAT,
                    e.network(),
                    e.network(),
                    "handed over from " + e.before().host() + " to " + e.after().host());
        } else if (event instanceof ChangeEvent.EventScheduled e) {
            return Entry.ofNetwork(EntityKind.EVENT, e.event().id(), e.network(), "scheduled");
        } else if (event instanceof ChangeEvent.DeclarationAdopted e) {
            return Entry.ofNetwork(
                    EntityKind.DECLARATION,
                    e.declaration().id(),
                    e.network(),
                    "adopted at " + e.declaration().adoptedAt());
        } else if (event instanceof ChangeEvent.EndorsementChanged e) {
            return Entry.of(
                    EntityKind.DECLARATION,
                    e.declaration().id(),
                    tx.content().networkOfDeclaration(e.declaration().id()),
                    e.endorsement().withdrawnOn().isPresent()
                            ? "endorsement of " + e.endorsement().organization() + " withdrawn on "
                                    + e.endorsement().withdrawnOn().get()
                            : "endorsed by " + e.endorsement().organization() + " on "
                                    + e.endorsement().endorsedOn());
        } else if (event instanceof ChangeEvent.ActivityAdded e) {
            return Entry.ofNetwork(EntityKind.ACTIVITY, e.activity().id(), e.network(), "added");
        } else if (event instanceof ChangeEvent.ActivityChanged e) {
            return Entry.ofNetwork(EntityKind.ACTIVITY, e.after().id(), e.network(), "changed");
        } else if (event instanceof ChangeEvent.ActivityRetired e) {
            return Entry.ofNetwork(EntityKind.ACTIVITY, e.activity().id(), e.network(), "retired");
        } else if (event instanceof ChangeEvent.PartnerAllied e) {
            return Entry.ofNetwork(
                    EntityKind.ORGANIZATION, e.partner().organization(), e.network(), "allied as partner");
        } else if (event instanceof ChangeEvent.PartnershipEnded e) {
            return Entry.ofNetwork(
                    EntityKind.ORGANIZATION, e.partner().organization(), e.network(), "partnership ended");
        } else if (event instanceof ChangeEvent.NewsletterIssued e) {
            return Entry.of(
                    EntityKind.MESSAGE,
                    e.message().id(),
                    e.message().newsletter().flatMap(tx.content()::networkOfActivity),
                    "issue " + e.message().number() + " for " + e.recipients() + " recipients");
        } else if (event instanceof ChangeEvent.Subscribed e) {
            return Entry.of(
                    EntityKind.SUBSCRIPTION,
                    e.subscription().id(),
                    tx.content().networkOfActivity(e.subscription().newsletter()),
                    "subscribed to " + e.subscription().newsletter() + ", "
                            + e.subscription().status());
        } else if (event instanceof ChangeEvent.Unsubscribed e) {
            return Entry.of(
                    EntityKind.SUBSCRIPTION,
                    e.subscription().id(),
                    tx.content().networkOfActivity(e.subscription().newsletter()),
                    "unsubscribed");
        } else if (event instanceof ChangeEvent.DeliveryAttempted e) {
            return Entry.of(
                    EntityKind.DELIVERY,
                    e.delivery().id(),
                    e.network(),
                    e.delivery().status() + " after " + e.delivery().attempts() + " attempt(s) of message "
                            + e.delivery().message());
        } else if (event instanceof ChangeEvent.RegistrationOpened e) {
            return Entry.ofNetwork(
                    EntityKind.REGISTRATION,
                    e.rules().occasion(),
                    e.rules().network(),
                    "opened " + e.rules().occasion() + ", capacity "
                            + e.rules().capacity().map(String::valueOf).orElse("unlimited") + ", "
                            + e.rules().eligibility());
        } else if (event instanceof ChangeEvent.Registered e) {
            return registration(
                    e.registration(), "registered for " + e.registration().occasion());
        } else if (event instanceof ChangeEvent.RegistrationChanged e) {
            return registration(e.after(), "from " + e.before().status());
        } else if (event instanceof ChangeEvent.EventSeriesChanged e) {
            return Entry.ofNetwork(
                    EntityKind.EVENT,
                    e.series().id(),
                    e.series().network(),
                    "series with editions " + e.series().editions());
        } else if (event instanceof ChangeEvent.BoardRulesSet e) {
            return Entry.ofNetwork(
                    EntityKind.BOARD,
                    e.network(),
                    e.network(),
                    "rules: quorum " + e.rules().quorumPercent() + "%, "
                            + e.rules().majority() + " majority");
        } else if (event instanceof ChangeEvent.MotionProposed e) {
            return Entry.ofNetwork(
                    EntityKind.MOTION,
                    e.motion().id(),
                    e.motion().network(),
                    "proposed for " + e.motion().voteDay()
                            + e.motion()
                                    .activity()
                                    .map(a -> ", about activity " + a)
                                    .orElse(""));
        } else if (event instanceof ChangeEvent.VoteCast e) {
            return Entry.ofNetwork(
                    EntityKind.MOTION,
                    e.vote().motion(),
                    e.network(),
                    "seat " + e.vote().seat() + " voted " + e.vote().option());
        } else if (event instanceof ChangeEvent.MotionDecided e) {
            return Entry.ofNetwork(
                    EntityKind.MOTION,
                    e.motion().id(),
                    e.motion().network(),
                    e.motion()
                            .decision()
                            .map(d -> d.result() + " on " + d.decidedOn())
                            .orElse("decided"));
        } else if (event instanceof ChangeEvent.Affiliated e) {
            return Entry.of(
                    EntityKind.AFFILIATION,
                    e.affiliation().id(),
                    Optional.empty(),
                    e.affiliation().role() + " of organization "
                            + e.affiliation().organization() + " from "
                            + e.affiliation().period().start());
        } else if (event instanceof ChangeEvent.ConsentRecorded e) {
            EntityRef subject = e.entry()
                    .person()
                    .map(p -> EntityRef.of(EntityKind.PERSON, p))
                    .or(() -> e.entry().organization().map(o -> EntityRef.of(EntityKind.ORGANIZATION, o)))
                    .orElseGet(() -> new EntityRef(
                            EntityKind.ADDRESS,
                            DefaultDeliverability.pseudonym(e.entry().address().orElseThrow())));
            return new Entry(
                    subject,
                    Optional.of(e.entry().network()),
                    (e.entry().given() ? "consent given: " : "consent withdrawn: ")
                            + e.entry().purpose()
                            + e.entry().scope().map(s -> " of " + s).orElse("") + " ("
                            + e.entry().channel()
                            + ", text " + e.entry().textVersion() + ")");
        } else if (event instanceof ChangeEvent.SignUpRequested e) {
            return Entry.of(
                    EntityKind.SUBSCRIPTION,
                    e.pending().subscription().id(),
                    tx.content().networkOfActivity(e.pending().subscription().newsletter()),
                    "asked for, to be confirmed by " + e.pending().expires());
        } else if (event instanceof ChangeEvent.BounceRecorded e) {
            return Entry.of(
                    EntityKind.ADDRESS,
                    DefaultDeliverability.pseudonym(e.result().standing().address()),
                    Optional.empty(),
                    e.bounce().kind() + " bounce" + (e.result().counted() ? ", score " : " not counted, score ")
                            + e.result().standing().bounceScore() + (e.result().held() ? ", put on hold" : ""));
        } else if (event instanceof ChangeEvent.AddressStandingChanged e) {
            return Entry.of(
                    EntityKind.ADDRESS,
                    DefaultDeliverability.pseudonym(e.after().address()),
                    Optional.empty(),
                    DefaultDeliverability.describe(e.before(), e.after()));
        } else if (event instanceof ChangeEvent.AffiliationEnded e) {
            return Entry.of(
                    EntityKind.AFFILIATION,
                    e.after().id(),
                    Optional.empty(),
                    "ended on " + e.after().period().end().map(Object::toString).orElse("open"));
        }
        throw new IllegalStateException("no log entry for " + event.getClass().getName());
    }

    private static Entry registration(org.chemnet.network.registration.Registration registration, String what) {
        return Entry.ofNetwork(
                EntityKind.REGISTRATION,
                registration.id(),
                registration.network(),
                what + ": " + registration.status()
                        + registration.attendance().map(a -> ", " + a).orElse(""));
    }

    private static Entry membership(Membership membership, String what) {
        return Entry.ofNetwork(
                EntityKind.MEMBERSHIP,
                membership.id(),
                membership.network(),
                what + ": " + membership.organization() + " " + membership.status() + " from "
                        + membership.latest().date());
    }
}
