package org.chemnet.network.internal.usecase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.deliverability.BounceResult;
import org.chemnet.network.deliverability.BounceSettings;
import org.chemnet.network.deliverability.SuppressionReason;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.spi.OutboxPort;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;

/**
 * How a bounce is weighed and what a standing's change does to the subscriptions at its address, in the transaction
 * of the change: the one place for bounces reported by the outbox and by the host. Not part of the API.
 */
final class Bounces {
    private Bounces() {}

    /**
     * Records a bounce: logs it once by its reference, adds its weight to the address's score at most once a day
     * (from 0 again once the score is stale), and puts the subscriptions at the address on hold at the threshold.
     */
    static BounceResult record(
            StoreTransaction tx,
            List<ChangeEvent> events,
            Bounce reported,
            BounceSettings settings,
            ZoneId zone,
            Instant now) {
        Optional<Delivery> delivery = reported.delivery().flatMap(tx.outbox()::delivery);
        if (reported.delivery().isPresent() && delivery.isEmpty()) {
            // A report of a delivery this store never made (or no longer holds): it names nobody to count against.
            return new BounceResult(AddressStanding.clean(reported.address()), false, false);
        }
        String address = delivery.map(Delivery::address).orElse(reported.address());
        if (address.equals(OutboxPort.ERASED_ADDRESS)) {
            // Its recipient was erased: nothing is kept of them, not even a bounce.
            return new BounceResult(AddressStanding.clean(address), false, false);
        }
        Bounce bounce = new Bounce(
                address,
                reported.kind(),
                reported.at(),
                reported.reference(),
                reported.delivery(),
                reported.diagnostic());
        boolean logged = tx.addresses().insertBounce(bounce);
        String normalized = AddressStanding.normalized(address);
        Optional<Versioned<AddressStanding>> stored = tx.addresses().find(normalized);
        AddressStanding before = stored.map(Versioned::value).orElseGet(() -> AddressStanding.clean(normalized));
        LocalDate day = LocalDate.ofInstant(bounce.at(), zone);
        boolean counts = logged
                && !before.isHeld()
                && !before.isSuppressed()
                && before.lastBounce().filter(last -> !day.isAfter(last)).isEmpty();
        if (!counts) {
            BounceResult result = new BounceResult(before, false, false);
            if (logged) {
                events.add(new ChangeEvent.BounceRecorded(bounce, result));
            }
            return result;
        }
        boolean stale = before.lastBounce()
                .filter(last -> day.isAfter(last.plusDays(settings.staleAfter().toDays())))
                .isPresent();
        AddressStanding after = before.withBounce(
                (stale ? 0 : before.bounceScore()) + bounce.kind().weight(), day);
        boolean held = after.bounceScore() >= settings.threshold();
        if (held) {
            after = after.heldFrom(now);
            setStatus(tx, normalized, SubscriptionStatus.ACTIVE, SubscriptionStatus.BOUNCED, day);
        }
        save(tx, stored, after);
        BounceResult result = new BounceResult(after, true, held);
        events.add(new ChangeEvent.BounceRecorded(bounce, result));
        return result;
    }

    /**
     * The way back: the held subscriptions at the address active again, the score 0, and a suppression for hard
     * bounces lifted; an opt-out or a complaint stays.
     */
    static AddressStanding resume(StoreTransaction tx, List<ChangeEvent> events, String address, LocalDate today) {
        String normalized = AddressStanding.normalized(address);
        Optional<Versioned<AddressStanding>> stored = tx.addresses().find(normalized);
        AddressStanding before = stored.map(Versioned::value).orElseGet(() -> AddressStanding.clean(normalized));
        AddressStanding after = before.restored();
        if (after.suppression()
                .filter(s -> s.reason() == SuppressionReason.HARD_BOUNCED)
                .isPresent()) {
            after = after.withSuppression(Optional.empty());
        }
        setStatus(tx, normalized, SubscriptionStatus.BOUNCED, SubscriptionStatus.ACTIVE, today);
        if (!after.equals(before)) {
            save(tx, stored, after);
            events.add(new ChangeEvent.AddressStandingChanged(before, after));
        }
        return after;
    }

    private static void setStatus(
            StoreTransaction tx, String address, SubscriptionStatus from, SubscriptionStatus to, LocalDate day) {
        for (Subscription subscription : tx.subscriptions().subscriptionsAt(address)) {
            Optional<Versioned<Subscription>> current = tx.subscriptions().find(subscription.id());
            if (current.isEmpty()) {
                // Deleted since it was listed (its person erased on another node): read it all again.
                throw new ConcurrentUpdateException("subscription '" + subscription.id() + "' was deleted meanwhile");
            }
            if (current.get().value().status() == from) {
                tx.subscriptions()
                        .update(
                                current.get().value().withStatus(to, day),
                                current.get().version());
            }
        }
    }

    /** Stores a standing: an insert for an address without a row, else an update of the version read. */
    static void save(StoreTransaction tx, Optional<Versioned<AddressStanding>> stored, AddressStanding standing) {
        if (stored.isPresent()) {
            tx.addresses().update(standing, stored.get().version());
        } else {
            tx.addresses().insert(standing);
        }
    }
}
