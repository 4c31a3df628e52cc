package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.deliverability.BounceResult;
import org.chemnet.network.deliverability.Deliverability;
import org.chemnet.network.deliverability.InvalidResumeTokenException;
import org.chemnet.network.deliverability.ReminderReport;
import org.chemnet.network.deliverability.Suppression;
import org.chemnet.network.deliverability.SuppressionReason;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Person;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;

/** The deliverability use cases. Not part of the API. */
@API(status = INTERNAL, since = "0.6.0")
public final class DefaultDeliverability implements Deliverability {
    /** The purpose signed into the tokens of a reminder's way back. */
    static final String RESUME = "resume";

    private static final int PAGE = 100;

    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultDeliverability(UseCases context) {
        this.context = context;
    }

    @Override
    public BounceResult record(Bounce bounce) {
        context.validator.check(bounce);
        authorize(Action.DELIVER_MAIL, bounce.address());
        return context.change((tx, events) ->
                Bounces.record(tx, events, bounce, context.bounces, context.clock.getZone(), context.clock.instant()));
    }

    @Override
    public AddressStanding standing(String address) {
        String normalized = AddressStanding.normalized(requireNonNull(address, "address"));
        context.authorizeRead(Action.READ_PERSONAL_DATA, ref(normalized), Optional.empty());
        return context.store
                .read(r -> r.addresses().find(normalized).map(Versioned::value))
                .orElseGet(() -> AddressStanding.clean(normalized));
    }

    @Override
    public List<Bounce> bounces(String address) {
        String normalized = AddressStanding.normalized(requireNonNull(address, "address"));
        context.authorizeRead(Action.READ_PERSONAL_DATA, ref(normalized), Optional.empty());
        return context.store.read(r -> r.addresses().bounces(normalized));
    }

    @Override
    public AddressStanding suppress(String address, SuppressionReason reason, String note) {
        requireNonNull(address, "address");
        requireNonNull(reason, "reason");
        requireNonNull(note, "note");
        String normalized = AddressStanding.normalized(address);
        Instant now = context.clock.instant();
        Suppression entry = new Suppression(reason, now, note.isBlank() ? Optional.empty() : Optional.of(note.strip()));
        context.validator.check(AddressStanding.clean(normalized).withSuppression(Optional.of(entry)));
        authorize(Action.SUPPRESS_ADDRESS, normalized);
        return context.change((tx, events) -> changeSuppression(
                tx,
                events,
                normalized,
                before -> before.suppression()
                                .filter(s -> s.reason() == reason && s.note().equals(entry.note()))
                                .isPresent()
                        ? before
                        : before.withSuppression(Optional.of(entry))));
    }

    @Override
    public Optional<AddressStanding> complaint(org.chemnet.network.newsletter.DeliveryId delivery, String note) {
        requireNonNull(delivery, "delivery");
        requireNonNull(note, "note");
        context.authorize(Action.DELIVER_MAIL, EntityRef.of(EntityKind.DELIVERY, delivery), Optional.empty());
        Instant now = context.clock.instant();
        Optional<String> readable = Optional.of(note.strip())
                .filter(n -> !n.isEmpty())
                .map(n -> n.length() > 200 ? n.substring(0, 200) : n);
        return context.change((tx, events) -> tx.outbox()
                .delivery(delivery)
                .map(org.chemnet.network.newsletter.Delivery::address)
                .filter(address -> !address.equals(org.chemnet.network.spi.OutboxPort.ERASED_ADDRESS))
                .map(AddressStanding::normalized)
                .map(address -> changeSuppression(
                        tx,
                        events,
                        address,
                        before -> before.suppression()
                                        .filter(s -> s.reason() == SuppressionReason.COMPLAINED)
                                        .isPresent()
                                ? before
                                : before.withSuppression(
                                        Optional.of(new Suppression(SuppressionReason.COMPLAINED, now, readable))))));
    }

    @Override
    public AddressStanding lift(String address) {
        String normalized = AddressStanding.normalized(requireNonNull(address, "address"));
        authorize(Action.SUPPRESS_ADDRESS, normalized);
        return context.change((tx, events) ->
                changeSuppression(tx, events, normalized, before -> before.withSuppression(Optional.empty())));
    }

    private static AddressStanding changeSuppression(
            StoreTransaction tx,
            List<ChangeEvent> events,
            String address,
            java.util.function.UnaryOperator<AddressStanding> change) {
        Optional<Versioned<AddressStanding>> stored = tx.addresses().find(address);
        AddressStanding before = stored.map(Versioned::value).orElseGet(() -> AddressStanding.clean(address));
        AddressStanding after = change.apply(before);
        if (!after.equals(before)) {
            Bounces.save(tx, stored, after);
            events.add(new ChangeEvent.AddressStandingChanged(before, after));
        }
        return after;
    }

    @Override
    public List<AddressStanding> suppressed(Optional<String> after, int limit) {
        requireNonNull(after, "after");
        if (limit < 1 || limit > 1_000) {
            throw new IllegalArgumentException("limit must be 1 to 1000, but was " + limit);
        }
        context.authorizeRead(
                Action.READ_PERSONAL_DATA, new EntityRef(EntityKind.ADDRESS, "suppression-list"), Optional.empty());
        return context.store.read(r -> r.addresses().suppressedAfter(after.map(AddressStanding::normalized), limit));
    }

    @Override
    public ReminderReport remindHeld() {
        context.authorize(Action.DELIVER_MAIL, new EntityRef(EntityKind.ADDRESS, "held-addresses"), Optional.empty());
        Instant now = context.clock.instant();
        Instant remindedBefore = now.minus(context.bounces.reminderInterval());
        int reminded = 0;
        int suppressed = 0;
        while (true) {
            List<AddressStanding> due = context.store.read(r -> r.addresses().heldDue(remindedBefore, PAGE));
            if (due.isEmpty()) {
                return new ReminderReport(reminded, suppressed);
            }
            for (AddressStanding candidate : due) {
                Step step = context.change((tx, events) -> remind(tx, events, candidate.address(), now));
                reminded += step == Step.REMINDED ? 1 : 0;
                suppressed += step == Step.SUPPRESSED ? 1 : 0;
            }
        }
    }

    private enum Step {
        REMINDED,
        SUPPRESSED,
        NONE
    }

    /** One held address's reminder or suppression, if still due when read again in the change. */
    private Step remind(StoreTransaction tx, List<ChangeEvent> events, String address, Instant now) {
        Optional<Versioned<AddressStanding>> stored = tx.addresses().find(address);
        if (stored.isEmpty()) {
            return Step.NONE;
        }
        AddressStanding before = stored.get().value();
        Instant remindedBefore = now.minus(context.bounces.reminderInterval());
        boolean due = before.isHeld()
                && !before.isSuppressed()
                && before.lastReminder()
                        .filter(at -> at.isAfter(remindedBefore))
                        .isEmpty();
        if (!due) {
            return Step.NONE; // another node got here first
        }
        if (before.reminders() >= context.bounces.reminders()) {
            AddressStanding after = before.withSuppression(Optional.of(new Suppression(
                    SuppressionReason.HARD_BOUNCED,
                    now,
                    Optional.of("held since " + before.heldSince().orElseThrow() + ", " + before.reminders()
                            + " reminder(s) without a way back"))));
            tx.addresses().update(after, stored.get().version());
            events.add(new ChangeEvent.AddressStandingChanged(before, after));
            return Step.SUPPRESSED;
        }
        AddressStanding after = before.reminded(now);
        tx.addresses().update(after, stored.get().version());
        sendReminder(tx, before, after, now);
        events.add(new ChangeEvent.AddressStandingChanged(before, after));
        return Step.REMINDED;
    }

    private void sendReminder(StoreTransaction tx, AddressStanding before, AddressStanding after, Instant now) {
        Optional<Person> person = tx.subscriptions().subscriptionsAt(before.address()).stream()
                .map(Subscription::person)
                .flatMap(Optional::stream)
                .findFirst()
                .flatMap(tx.organizations()::person)
                .filter(p -> !p.isErased());
        Optional<String> link = context.bounces
                .resumeUrl()
                .flatMap(url -> context.tokens.map(tokens -> {
                    String token = tokens.signed(
                            RESUME,
                            before.address() + "\n"
                                    + now.plus(context.bounces.resumeValidity()).getEpochSecond());
                    String base = url.toString();
                    return base + (base.contains("?") ? "&" : "?") + "token="
                            + URLEncoder.encode(token, StandardCharsets.UTF_8);
                }));
        String count = after.reminders() + "/" + context.bounces.reminders();
        Notices.sendTo(
                tx,
                link.isPresent() ? Notices.Kind.BOUNCE_REMINDER : Notices.Kind.BOUNCE_REMINDER_REPLY,
                before.address(),
                person,
                locale -> new Object[] {before.address(), link.orElse(""), count},
                LocalDate.ofInstant(now, context.clock.getZone()),
                "bounce-reminder\n" + before.address() + "\n"
                        + before.heldSince().orElseThrow() + "\n" + count,
                now);
    }

    @Override
    public AddressStanding resumeWith(String token) {
        requireNonNull(token, "token");
        UnsubscribeTokens tokens = context.requireTokens();
        String payload = tokens.payload(RESUME, token).orElseThrow(() -> new InvalidResumeTokenException(false));
        int newline = payload.lastIndexOf('\n');
        long expiry;
        try {
            expiry = Long.parseLong(payload.substring(newline + 1));
        } catch (NumberFormatException e) {
            throw new InvalidResumeTokenException(false);
        }
        if (newline <= 0 || context.clock.instant().getEpochSecond() > expiry) {
            throw new InvalidResumeTokenException(newline > 0);
        }
        String address = payload.substring(0, newline);
        return context.change((tx, events) -> Bounces.resume(tx, events, address, LocalDate.now(context.clock)));
    }

    @Override
    public AddressStanding resume(String address) {
        String normalized = AddressStanding.normalized(requireNonNull(address, "address"));
        context.validator.check(AddressStanding.clean(normalized));
        authorize(Action.SUPPRESS_ADDRESS, normalized);
        return context.change((tx, events) -> Bounces.resume(tx, events, normalized, LocalDate.now(context.clock)));
    }

    private void authorize(Action action, String address) {
        context.authorize(action, ref(AddressStanding.normalized(address)), Optional.empty());
    }

    private static EntityRef ref(String normalized) {
        return new EntityRef(EntityKind.ADDRESS, pseudonym(normalized));
    }

    /**
     * A pseudonym of an address, so that the change log and the access policy see no address: {@code address-} and
     * the first 16 hexadecimal digits of the SHA-256 of the normalized address.
     *
     * @param address the address
     * @return the pseudonym; never null
     */
    static String pseudonym(String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(AddressStanding.normalized(address).getBytes(StandardCharsets.UTF_8));
            return "address-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** What changed in a standing, for the change log: no address. */
    static String describe(AddressStanding before, AddressStanding after) {
        if (!before.suppression().equals(after.suppression())) {
            if (after.suppression().isPresent()) {
                return "suppressed: " + after.suppression().get().reason();
            }
            return "suppression lifted (was "
                    + before.suppression().orElseThrow().reason() + ")";
        }
        if (before.isHeld() && !after.isHeld()) {
            return "brought back from hold";
        }
        if (after.reminders() > before.reminders()) {
            return "reminder " + after.reminders() + " recorded";
        }
        return after.isHeld() ? "put on hold" : "standing changed";
    }
}
