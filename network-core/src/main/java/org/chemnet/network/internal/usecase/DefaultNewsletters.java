package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.consent.ConsentChannel;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.deliverability.Suppression;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.DispatchReport;
import org.chemnet.network.newsletter.InvalidUnsubscribeTokenException;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.newsletter.Newsletters;
import org.chemnet.network.newsletter.PendingSubscription;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.Person;
import org.chemnet.network.spi.DeliveryOutcome;
import org.chemnet.network.spi.Mailer;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.OutgoingMail;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The newsletter use cases and the outbox. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class DefaultNewsletters implements Newsletters {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultNewsletters.class);

    /** How many subscriptions an issue reads at a time. */
    private static final int AUDIENCE_PAGE = 1_000;

    private final UseCases context;
    private final SignUps signUps;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultNewsletters(UseCases context) {
        this.context = context;
        this.signUps = new SignUps(context);
    }

    @Override
    public Subscription subscribe(Subscription subscription) {
        context.validator.check(subscription);
        return context.change((tx, events) -> {
            authorize(tx, Action.SUBSCRIBE, subscription);
            // Replacing a stored subscription is a change of it too: of its newsletter and its subscriber.
            Optional<Versioned<Subscription>> stored = tx.subscriptions().find(subscription.id());
            if (stored.isPresent()) {
                authorize(tx, Action.SUBSCRIBE, stored.get().value());
            }
            subscription.person().ifPresent(p -> UseCases.requirePerson(tx, p));
            subscription.organization().ifPresent(o -> UseCases.requireOrganization(tx, o));
            Subscription saved = VersionedRows.SUBSCRIPTIONS.save(tx, subscription);
            events.add(new ChangeEvent.Subscribed(saved));
            return saved;
        });
    }

    @Override
    public List<Subscription> audience(ActivityId newsletter, Set<String> topics) {
        requireNonNull(newsletter, "newsletter");
        requireNonNull(topics, "topics");
        context.authorizeReadOfSubscribers(newsletter);
        return context.store.read(r -> audience(r, newsletter, topics));
    }

    @Override
    public int issue(NewsletterIssue issue) {
        context.validator.check(issue);
        MailMessage message = issue.toMessage();
        Instant now = context.clock.instant();
        try {
            return context.change((tx, events) -> {
                authorizeSending(tx, issue);
                Optional<Integer> resumed = resumed(tx, message);
                if (resumed.isPresent()) {
                    return resumed.get();
                }
                tx.outbox().insertMessage(message);
                int issued = 0;
                Set<String> addresses = new HashSet<>();
                // Page by page, so that a list of any length is recorded in bounded memory (but the addresses).
                Optional<SubscriptionId> after = Optional.empty();
                while (true) {
                    List<Subscription> page =
                            tx.subscriptions().subscriptionsAfter(issue.newsletter(), after, AUDIENCE_PAGE);
                    issued += recordDeliveries(tx, message, issue.topics(), page, addresses, now);
                    if (page.size() < AUDIENCE_PAGE) {
                        break;
                    }
                    after = Optional.of(page.get(page.size() - 1).id());
                }
                events.add(new ChangeEvent.NewsletterIssued(message, issued));
                return issued;
            });
        } catch (NetworkStorageException e) {
            if (!e.sqlState().filter("23505"::equals).isPresent()) {
                throw e;
            }
            // Another node recorded the same issue at the same time: it is resumed, as if it had come first.
            return context.change((tx, events) -> {
                authorizeSending(tx, issue);
                return resumed(tx, message).orElseThrow(() -> e);
            });
        }
    }

    /**
     * Records the deliveries of an issue to a page of its newsletter's subscriptions: one to each active one of the
     * issue's topics, none to a held or suppressed address, one per address however often it is subscribed.
     *
     * @return how many were recorded
     */
    private static int recordDeliveries(
            StoreTransaction tx,
            MailMessage message,
            Set<String> topics,
            List<Subscription> page,
            Set<String> addresses,
            Instant now) {
        List<Subscription> audience =
                page.stream().filter(s -> s.receives(topics)).toList();
        Set<String> suppressed =
                unreachable(tx, audience.stream().map(Subscription::address).toList());
        List<Delivery> deliveries = new ArrayList<>();
        for (Subscription subscription : audience) {
            String address = AddressStanding.normalized(subscription.address());
            if (suppressed.contains(address) || !addresses.add(address)) {
                continue;
            }
            Optional<Person> person = subscription.person().flatMap(tx.organizations()::person);
            deliveries.add(Delivery.pending(
                    deliveryId(message.id(), subscription.id()),
                    message.id(),
                    subscription.address(),
                    person.filter(p -> !p.isErased()).map(Person::name),
                    person.flatMap(Person::language).orElse(LocalizedText.FALLBACK_LANGUAGE),
                    Optional.of(subscription.id()),
                    subscription.person(),
                    now));
        }
        if (!deliveries.isEmpty()) {
            tx.outbox().insertDeliveries(deliveries);
        }
        return deliveries.size();
    }

    private void authorizeSending(StoreTransaction tx, NewsletterIssue issue) {
        context.authorize(
                Action.SEND_NEWSLETTER,
                EntityKind.ACTIVITY,
                issue.newsletter(),
                networkOfNewsletter(tx, issue.newsletter()));
    }

    /**
     * An issue recorded already is resumed, not recorded again: its deliveries stay as they are (those sent are not
     * sent again, those pending go out with the next dispatch), and the count of its deliveries is returned. An issue
     * recorded under the same identifier with other content is refused, naming it.
     */
    private static Optional<Integer> resumed(StoreTransaction tx, MailMessage message) {
        Optional<MailMessage> stored = tx.outbox().message(message.id());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get().equals(message)) {
            throw new NetworkValidationException(List.of(new Violation(
                    "id",
                    "IssuedAlready",
                    "message " + message.id() + " is issued already with another day, topics, subject or body: send it"
                            + " unchanged to resume it, or give the new issue another number")));
        }
        int count = 0;
        Optional<DeliveryId> after = Optional.empty();
        while (true) {
            List<Delivery> page = tx.outbox().deliveriesAfter(message.id(), after, 1_000);
            count += page.size();
            if (page.size() < 1_000) {
                return Optional.of(count);
            }
            after = Optional.of(page.get(page.size() - 1).id());
        }
    }

    @Override
    public DispatchReport deliverPending() {
        Mailer mailer = context.mailer.orElseThrow(() -> new IllegalStateException(
                "no mailer is configured: register one with NetworkRuntime.builder().mailer(...) or a plugin such as"
                        + " network-mail's MailPlugin"));
        context.authorize(Action.DELIVER_MAIL, new EntityRef(EntityKind.MESSAGE, "outbox"), Optional.empty());
        context.requireSeatedNow();
        // What was due when the run started: a delivery that fails now and is due again later waits for a later run.
        Instant started = context.clock.instant();
        DispatchReport total = new DispatchReport(0, 0, 0);
        try (GroupRecorder recorder = new GroupRecorder(context.node)) {
            while (true) {
                // Each batch's lease runs from when the batch is claimed, however long the batches before it took.
                Instant leaseUntil = context.clock.instant().plus(context.outbox.lease());
                List<Delivery> claimed = context.store.inTransaction(
                        tx -> tx.outbox().claimDue(context.node, started, leaseUntil, context.outbox.batchSize()));
                if (claimed.isEmpty()) {
                    return total;
                }
                total = total.plus(sendBatch(mailer, recorder, claimed));
            }
        }
    }

    /** What a batch needs from the store, read at once: the messages and the subscriptions' current state. */
    private record BatchContext(
            Map<MessageId, MailMessage> messages,
            Map<SubscriptionId, Subscription> subscriptions,
            Map<MessageId, Optional<NetworkId>> networks,
            Map<String, AddressStanding> standings) {}

    private BatchContext context(List<Delivery> batch) {
        return context.store.read(r -> {
            Map<MessageId, MailMessage> messages = new HashMap<>();
            Map<MessageId, Optional<NetworkId>> networks = new HashMap<>();
            for (Delivery delivery : batch) {
                MailMessage message = messages.computeIfAbsent(
                        delivery.message(),
                        id -> r.outbox().message(id).orElseThrow(() -> new NotFoundException("message", id)));
                networks.computeIfAbsent(
                        message.id(), id -> message.newsletter().flatMap(r.content()::networkOfActivity));
            }
            Map<SubscriptionId, Subscription> subscriptions = r.subscriptions()
                    .subscriptions(batch.stream()
                            .flatMap(d -> d.subscription().stream())
                            .distinct()
                            .toList());
            Map<String, AddressStanding> standings = r.addresses()
                    .standings(batch.stream()
                            .map(d -> AddressStanding.normalized(d.address()))
                            .distinct()
                            .toList());
            return new BatchContext(messages, subscriptions, networks, standings);
        });
    }

    private DispatchReport sendBatch(Mailer mailer, GroupRecorder recorder, List<Delivery> batch) {
        Map<DeliveryId, Delivery> waiting = new HashMap<>();
        List<OutgoingMail> mails = new ArrayList<>();
        BatchContext known = context(batch);
        BatchOutcomes outcomes = new BatchOutcomes(context, recorder, known.networks());
        for (Delivery delivery : batch) {
            Subscription subscription =
                    delivery.subscription().map(known.subscriptions()::get).orElse(null);
            boolean ended = delivery.subscription().isPresent()
                    && (subscription == null || subscription.status() != SubscriptionStatus.ACTIVE);
            if (ended) {
                outcomes.add(
                        delivery,
                        DeliveryOutcome.failed(delivery.id(), true, "the subscription ended before delivery"));
                continue;
            }
            Optional<AddressStanding> standing =
                    Optional.ofNullable(known.standings().get(AddressStanding.normalized(delivery.address())));
            if (delivery.subscription().isPresent()
                    && standing.filter(AddressStanding::isHeld).isPresent()) {
                // Put on hold since the issue was recorded: a reminder (no subscription) still goes.
                outcomes.add(
                        delivery,
                        DeliveryOutcome.failed(
                                delivery.id(),
                                true,
                                "the address is on hold for bounces since "
                                        + standing.get().heldSince().orElseThrow()));
                continue;
            }
            Optional<Suppression> suppression = standing.flatMap(AddressStanding::suppression);
            if (suppression.isPresent()) {
                outcomes.add(
                        delivery,
                        DeliveryOutcome.failed(
                                delivery.id(),
                                true,
                                "the address is on the suppression list ("
                                        + suppression.get().reason() + " since "
                                        + suppression.get().since() + ")"));
                continue;
            }
            waiting.put(delivery.id(), delivery);
            Optional<String> token = delivery.subscription().flatMap(s -> context.tokens.map(t -> t.token(s)));
            mails.add(new OutgoingMail(delivery, known.messages().get(delivery.message()), token));
        }
        if (!mails.isEmpty()) {
            try {
                mailer.send(mails, outcome -> {
                    Delivery delivery = waiting.remove(outcome.delivery());
                    if (delivery == null) {
                        LOG.warn(
                                "The mailer reported an outcome for delivery {} twice or unasked; ignored",
                                outcome.delivery());
                        return;
                    }
                    outcomes.add(delivery, outcome);
                });
            } catch (RuntimeException | Error e) {
                // What the mailer reported before it failed is true: recorded, so that none of it is sent again. The
                // rest stays claimed until the lease runs out, as nobody can tell whether it went out.
                try {
                    outcomes.recordRest();
                } catch (RuntimeException | Error recording) {
                    e.addSuppressed(recording);
                }
                throw e;
            }
        }
        for (Delivery forgotten : List.copyOf(waiting.values())) {
            outcomes.add(forgotten, DeliveryOutcome.failed(forgotten.id(), false, "the mailer reported no outcome"));
        }
        return outcomes.recordRest();
    }

    @Override
    public Subscription unsubscribe(SubscriptionId id, LocalDate on) {
        return unsubscribe(id, on, ConsentChannel.UNSPECIFIED, "unsubscribed through the host");
    }

    private Subscription unsubscribe(SubscriptionId id, LocalDate on, ConsentChannel channel, String source) {
        requireNonNull(id, "subscription");
        requireNonNull(on, "on");
        return context.change((tx, events) -> {
            Versioned<Subscription> stored =
                    tx.subscriptions().find(id).orElseThrow(() -> new NotFoundException("subscription", id));
            Subscription subscription = stored.value();
            authorize(tx, Action.UNSUBSCRIBE, subscription);
            if (subscription.status() == SubscriptionStatus.UNSUBSCRIBED) {
                return subscription;
            }
            Subscription ended = subscription.withStatus(SubscriptionStatus.UNSUBSCRIBED, on);
            tx.subscriptions().update(ended, stored.version());
            events.add(new ChangeEvent.Unsubscribed(ended));
            SubscriptionLedger.append(context, tx, events, ended, false, channel, source);
            return ended;
        });
    }

    @Override
    public PendingSubscription signUp(Subscription subscription) {
        return signUps.signUp(subscription);
    }

    @Override
    public Subscription confirm(String token) {
        return signUps.confirm(token);
    }

    @Override
    public int expireSignUps() {
        return signUps.expire();
    }

    @Override
    public Subscription unsubscribe(String token, LocalDate on) {
        requireNonNull(token, "token");
        UnsubscribeTokens tokens = context.requireTokens();
        SubscriptionId id = tokens.verify(token).orElseThrow(InvalidUnsubscribeTokenException::new);
        return unsubscribe(id, on, ConsentChannel.EMAIL_LINK, "unsubscribe link of a mail");
    }

    /**
     * The stable identifier of the delivery of a message to a subscription: the same pair always gives the same
     * identifier, so an issue cannot be recorded twice for one subscriber.
     */
    static DeliveryId deliveryId(MessageId message, SubscriptionId subscription) {
        String key = message.value() + "\n" + subscription.value();
        return DeliveryId.of(
                UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /**
     * Those of some addresses that are on the suppression list, normalized: asked of the store in chunks, so that an
     * issue to thousands asks a few statements.
     */
    static Set<String> suppressed(StoreTransaction reader, List<String> addresses) {
        return standingsWhere(reader, addresses, AddressStanding::isSuppressed);
    }

    /** Those of some addresses that are on hold or on the suppression list, normalized. */
    static Set<String> unreachable(StoreTransaction reader, List<String> addresses) {
        return standingsWhere(reader, addresses, s -> s.isSuppressed() || s.isHeld());
    }

    private static Set<String> standingsWhere(
            StoreTransaction reader, List<String> addresses, java.util.function.Predicate<AddressStanding> which) {
        List<String> normalized =
                addresses.stream().map(AddressStanding::normalized).distinct().toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < normalized.size(); from += 1_000) {
            reader
                    .addresses()
                    .standings(normalized.subList(from, Math.min(normalized.size(), from + 1_000)))
                    .values()
                    .stream()
                    .filter(which)
                    .forEach(s -> found.add(s.address()));
        }
        return found;
    }

    private static List<Subscription> audience(StoreTransaction reader, ActivityId newsletter, Set<String> topics) {
        return reader.subscriptions().subscriptions(newsletter).stream()
                .filter(s -> s.receives(topics))
                .toList();
    }

    private static void requireNewsletter(StoreTransaction reader, ActivityId newsletter) {
        if (!(reader.content().activity(newsletter).orElse(null) instanceof Newsletter)) {
            throw new NotFoundException("newsletter activity", newsletter);
        }
    }

    /**
     * Asks the access policy about a subscription: as its subscriber's, where it names a person (so that a person
     * subscribes and leaves only for themselves), else as the subscription itself; of its newsletter's network.
     */
    private void authorize(StoreTransaction tx, Action action, Subscription subscription) {
        authorize(context, tx, action, subscription);
    }

    /** As {@link #authorize(StoreTransaction, Action, Subscription)}, for the other newsletter use cases. */
    static void authorize(UseCases context, StoreTransaction tx, Action action, Subscription subscription) {
        EntityRef target = subscription
                .person()
                .map(p -> EntityRef.of(EntityKind.PERSON, p))
                .orElseGet(() -> EntityRef.of(EntityKind.SUBSCRIPTION, subscription.id()));
        context.authorize(action, target, Optional.of(networkOfNewsletter(tx, subscription.newsletter())));
    }

    /** The network of a stored newsletter; {@link NotFoundException} if no newsletter activity has the id. */
    static NetworkId networkOfNewsletter(StoreTransaction reader, ActivityId newsletter) {
        requireNewsletter(reader, newsletter);
        return reader.content()
                .networkOfActivity(newsletter)
                .orElseThrow(() -> new NotFoundException("newsletter activity", newsletter));
    }
}
