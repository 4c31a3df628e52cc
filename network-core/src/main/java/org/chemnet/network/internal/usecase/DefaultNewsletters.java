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
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.deliverability.Suppression;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.DeliveryStatus;
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
                List<Delivery> deliveries = new ArrayList<>();
                Set<String> addresses = new HashSet<>();
                List<Subscription> audience = audience(tx, issue.newsletter(), issue.topics());
                Set<String> suppressed = unreachable(
                        tx, audience.stream().map(Subscription::address).toList());
                for (Subscription subscription : audience) {
                    String address = AddressStanding.normalized(subscription.address());
                    if (suppressed.contains(address) || !addresses.add(address)) {
                        continue; // none to a held or suppressed address; one per address, however often subscribed
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
                tx.outbox().insertDeliveries(deliveries);
                events.add(new ChangeEvent.NewsletterIssued(message, deliveries.size()));
                return deliveries.size();
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
        while (true) {
            // Each batch's lease runs from when the batch is claimed, however long the batches before it took.
            Instant leaseUntil = context.clock.instant().plus(context.outbox.lease());
            List<Delivery> claimed = context.store.inTransaction(
                    tx -> tx.outbox().claimDue(context.node, started, leaseUntil, context.outbox.batchSize()));
            if (claimed.isEmpty()) {
                return total;
            }
            total = total.plus(sendBatch(mailer, claimed));
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
            Map<SubscriptionId, Subscription> subscriptions = new HashMap<>();
            Map<MessageId, Optional<NetworkId>> networks = new HashMap<>();
            for (Delivery delivery : batch) {
                MailMessage message = messages.computeIfAbsent(
                        delivery.message(),
                        id -> r.outbox().message(id).orElseThrow(() -> new NotFoundException("message", id)));
                networks.computeIfAbsent(
                        message.id(), id -> message.newsletter().flatMap(r.content()::networkOfActivity));
                delivery.subscription()
                        .filter(id -> !subscriptions.containsKey(id))
                        .flatMap(r.subscriptions()::subscription)
                        .ifPresent(s -> subscriptions.put(s.id(), s));
            }
            Map<String, AddressStanding> standings = r.addresses()
                    .standings(batch.stream()
                            .map(d -> AddressStanding.normalized(d.address()))
                            .distinct()
                            .toList());
            return new BatchContext(messages, subscriptions, networks, standings);
        });
    }

    private DispatchReport sendBatch(Mailer mailer, List<Delivery> batch) {
        int[] counts = new int[3];
        Map<DeliveryId, Delivery> waiting = new HashMap<>();
        List<OutgoingMail> mails = new ArrayList<>();
        BatchContext known = context(batch);
        for (Delivery delivery : batch) {
            Subscription subscription =
                    delivery.subscription().map(known.subscriptions()::get).orElse(null);
            boolean ended = delivery.subscription().isPresent()
                    && (subscription == null || subscription.status() != SubscriptionStatus.ACTIVE);
            if (ended) {
                record(
                        delivery,
                        DeliveryOutcome.failed(delivery.id(), true, "the subscription ended before delivery"),
                        known,
                        counts);
                continue;
            }
            Optional<AddressStanding> standing =
                    Optional.ofNullable(known.standings().get(AddressStanding.normalized(delivery.address())));
            if (delivery.subscription().isPresent()
                    && standing.filter(AddressStanding::isHeld).isPresent()) {
                // Put on hold since the issue was recorded: a reminder (no subscription) still goes.
                record(
                        delivery,
                        DeliveryOutcome.failed(
                                delivery.id(),
                                true,
                                "the address is on hold for bounces since "
                                        + standing.get().heldSince().orElseThrow()),
                        known,
                        counts);
                continue;
            }
            Optional<Suppression> suppression = standing.flatMap(AddressStanding::suppression);
            if (suppression.isPresent()) {
                record(
                        delivery,
                        DeliveryOutcome.failed(
                                delivery.id(),
                                true,
                                "the address is on the suppression list ("
                                        + suppression.get().reason() + " since "
                                        + suppression.get().since() + ")"),
                        known,
                        counts);
                continue;
            }
            waiting.put(delivery.id(), delivery);
            Optional<String> token = delivery.subscription().flatMap(s -> context.tokens.map(t -> t.token(s)));
            mails.add(new OutgoingMail(delivery, known.messages().get(delivery.message()), token));
        }
        if (!mails.isEmpty()) {
            mailer.send(mails, outcome -> {
                Delivery delivery = waiting.remove(outcome.delivery());
                if (delivery == null) {
                    LOG.warn(
                            "The mailer reported an outcome for delivery {} twice or unasked; ignored",
                            outcome.delivery());
                    return;
                }
                record(delivery, outcome, known, counts);
            });
        }
        for (Delivery forgotten : List.copyOf(waiting.values())) {
            record(
                    forgotten,
                    DeliveryOutcome.failed(forgotten.id(), false, "the mailer reported no outcome"),
                    known,
                    counts);
        }
        return new DispatchReport(counts[0], counts[1], counts[2]);
    }

    private void record(Delivery delivery, DeliveryOutcome outcome, BatchContext known, int[] counts) {
        Instant now = context.clock.instant();
        Delivery after;
        switch (outcome.result()) {
            case SENT -> {
                after = delivery.attempted(DeliveryStatus.SENT, now, Optional.empty());
                counts[0]++;
            }
            case PERMANENT_FAILURE -> {
                after = delivery.attempted(DeliveryStatus.FAILED, now, outcome.error());
                counts[1]++;
            }
            default -> {
                int attempts = delivery.attempts() + 1;
                if (attempts >= context.outbox.maxAttempts()) {
                    after = delivery.attempted(DeliveryStatus.FAILED, now, outcome.error());
                    counts[1]++;
                } else {
                    after = delivery.attempted(
                            DeliveryStatus.PENDING, now.plus(context.outbox.retryDelay(attempts)), outcome.error());
                    counts[2]++;
                }
            }
        }
        Optional<NetworkId> network = known.networks().getOrDefault(delivery.message(), Optional.empty());
        boolean held = context.outboxChange((tx, events) -> {
            boolean completed = tx.outbox().complete(after, context.node);
            if (completed) {
                events.add(new ChangeEvent.DeliveryAttempted(after, network));
                // A soft bounce counts once its delivery gives up: one that a retry delivers was only delayed.
                outcome.bounce()
                        .filter(kind -> after.status() == DeliveryStatus.FAILED)
                        .ifPresent(kind -> Bounces.record(
                                tx,
                                events,
                                Bounce.ofDelivery(
                                        delivery.id(),
                                        delivery.address(),
                                        kind,
                                        now,
                                        outcome.error().orElse("")),
                                context.bounces,
                                context.clock.getZone(),
                                now));
            }
            return completed;
        });
        if (!held) {
            LOG.warn(
                    "This node's claim on delivery {} had run out, or the delivery was erased, before its outcome"
                            + " was recorded (the lease is {}); another node may have sent it too: make"
                            + " OutboxSettings.lease longer than a batch takes",
                    delivery.id(),
                    context.outbox.lease());
        }
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
