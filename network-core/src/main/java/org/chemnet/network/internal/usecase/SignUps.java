package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.consent.ConsentChannel;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.InvalidConfirmationTokenException;
import org.chemnet.network.newsletter.PendingSubscription;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.Person;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.StoreTransaction;

/**
 * Double opt-in: subscriptions asked for, their confirmation mails with signed expiring links bound to the address,
 * their confirmation, and their expiry. Not part of the API.
 */
final class SignUps {
    private final UseCases context;

    SignUps(UseCases context) {
        this.context = context;
    }

    /** The purpose signed into the tokens of confirmation links. */
    static final String CONFIRM = "confirm";

    /** How long a sign-up asked again, unchanged, sends no new confirmation mail: against mail bombing by form. */
    static final java.time.Duration RESEND_AFTER = java.time.Duration.ofMinutes(10);

    /** As {@link org.chemnet.network.newsletter.Newsletters#signUp(Subscription)}. */
    PendingSubscription signUp(Subscription subscription) {
        context.validator.check(subscription);
        URI page = context.signUps
                .confirmUrl()
                .orElseThrow(() -> new IllegalStateException("no confirmation page is configured: set one with"
                        + " NetworkRuntime.builder().signUps(SignUpSettings.confirmingAt(url))"));
        UnsubscribeTokens tokens = context.requireTokens();
        Instant now = context.clock.instant();
        PendingSubscription pending = new PendingSubscription(subscription, now, now.plus(context.signUps.validity()));
        java.util.function.BiFunction<StoreTransaction, List<ChangeEvent>, PendingSubscription> ask = (tx, events) -> {
            DefaultNewsletters.authorize(context, tx, Action.SUBSCRIBE, subscription);
            subscription.person().ifPresent(p -> UseCases.requirePerson(tx, p));
            subscription.organization().ifPresent(o -> UseCases.requireOrganization(tx, o));
            Optional<PendingSubscription> earlier = tx.signUps()
                    .find(subscription.id())
                    .filter(p -> p.subscription().equals(subscription))
                    .filter(p -> p.requested().isAfter(now.minus(RESEND_AFTER)));
            if (earlier.isPresent()) {
                return earlier.get(); // asked again within minutes: the mail on its way stands, no second one
            }
            tx.signUps().save(pending);
            if (DefaultNewsletters.suppressed(tx, List.of(subscription.address()))
                    .isEmpty()) {
                sendConfirmation(tx, pending, page, tokens);
            }
            events.add(new ChangeEvent.SignUpRequested(pending));
            return pending;
        };
        try {
            return context.change(ask);
        } catch (NetworkStorageException e) {
            if (!e.sqlState().filter("23505"::equals).isPresent()) {
                throw e;
            }
            // Another node recorded the same confirmation mail at the same instant: this run finds it and adds none.
            return context.change(ask);
        }
    }

    private void sendConfirmation(
            StoreTransaction tx, PendingSubscription pending, URI page, UnsubscribeTokens tokens) {
        Subscription subscription = pending.subscription();
        Optional<Person> person = subscription.person().flatMap(tx.organizations()::person);
        String token = tokens.signed(
                CONFIRM,
                subscription.id().value() + "\n" + AddressStanding.normalized(subscription.address()) + "\n"
                        + pending.expires().getEpochSecond());
        String base = page.toString();
        String link = base + (base.contains("?") ? "&" : "?") + "token="
                + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8);
        Optional<org.chemnet.network.activity.Activity> newsletter =
                tx.content().activity(subscription.newsletter());
        java.time.ZoneId zone = context.clock.getZone();
        Notices.sendTo(
                tx,
                Notices.Kind.CONFIRM_SUBSCRIPTION,
                subscription.address(),
                person,
                locale -> new Object[] {
                    newsletter
                            .map(n -> n.title().resolve(locale))
                            .orElse(subscription.newsletter().value()),
                    subscription.address(),
                    link,
                    java.time.LocalDateTime.ofInstant(pending.expires(), zone)
                            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                            .toString()
                            .replace('T', ' ')
                },
                LocalDate.ofInstant(pending.requested(), zone),
                "confirm-subscription\n" + subscription.id() + "\n" + pending.requested(),
                pending.requested());
    }

    /** As {@link org.chemnet.network.newsletter.Newsletters#confirm(String)}. */
    Subscription confirm(String token) {
        requireNonNull(token, "token");
        String payload = context.requireTokens()
                .payload(CONFIRM, token)
                .orElseThrow(() -> new InvalidConfirmationTokenException(false));
        String[] parts = payload.split("\n", -1);
        long expiry;
        SubscriptionId id;
        try {
            if (parts.length != 3) {
                throw new IllegalArgumentException("a confirmation token has three parts");
            }
            id = SubscriptionId.of(parts[0]);
            expiry = Long.parseLong(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfirmationTokenException(false);
        }
        String address = parts[1];
        Instant now = context.clock.instant();
        if (now.getEpochSecond() > expiry) {
            throw new InvalidConfirmationTokenException(true);
        }
        return context.change((tx, events) -> {
            Optional<PendingSubscription> pending = tx.signUps()
                    .find(id)
                    // asked again since for another address: this link confirms nothing of that one
                    .filter(p -> AddressStanding.normalized(p.subscription().address())
                            .equals(address));
            if (pending.isEmpty() || pending.get().expires().isBefore(now)) {
                // Confirmed already (by this link, or on another node at the same time), or expired and deleted.
                return tx.subscriptions()
                        .subscription(id)
                        .filter(s -> pending.isEmpty())
                        .filter(s -> AddressStanding.normalized(s.address()).equals(address))
                        .orElseThrow(() -> new InvalidConfirmationTokenException(true));
            }
            LocalDate today = LocalDate.ofInstant(now, context.clock.getZone());
            Subscription asked = pending.get().subscription();
            Subscription confirmed = new Subscription(
                    asked.id(),
                    asked.newsletter(),
                    asked.address(),
                    asked.person(),
                    asked.organization(),
                    asked.topics(),
                    new Consent(today, asked.consent().source()),
                    SubscriptionStatus.ACTIVE,
                    today);
            if (!tx.signUps().delete(id)) {
                // Another node confirmed it between our read and our delete: read again, and find it confirmed.
                throw new ConcurrentUpdateException("pending subscription '" + id + "' was confirmed meanwhile");
            }
            Subscription saved = VersionedRows.SUBSCRIPTIONS.save(tx, confirmed);
            events.add(new ChangeEvent.Subscribed(saved));
            SubscriptionLedger.append(
                    context,
                    tx,
                    events,
                    saved,
                    true,
                    ConsentChannel.EMAIL_LINK,
                    "confirmation link of the sign-up of " + pending.get().requested());
            return saved;
        });
    }

    /** As {@link org.chemnet.network.newsletter.Newsletters#expireSignUps()}. */
    int expire() {
        context.authorize(Action.DELIVER_MAIL, new EntityRef(EntityKind.SUBSCRIPTION, "pending"), Optional.empty());
        Instant now = context.clock.instant();
        return context.change((tx, events) -> tx.signUps().deleteExpired(now));
    }
}
