package org.chemnet.network.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.memory.MemoryData.Claim;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.OutboxPort;

/** The outbox of an in-memory store: messages, deliveries and their claims. */
final class MemoryOutbox implements OutboxPort {
    private final MemoryTransaction tx;

    MemoryOutbox(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Optional<MailMessage> message(MessageId id) {
        return Optional.ofNullable(tx.data.messages.get(id));
    }

    @Override
    public void insertMessage(MailMessage message) {
        if (tx.data.messages.containsKey(message.id())) {
            throw new NetworkStorageException("message '" + message.id() + "' is stored already", "23505", null);
        }
        tx.put(tx.data.messages, message.id(), message);
    }

    @Override
    public Optional<Delivery> delivery(DeliveryId id) {
        return Optional.ofNullable(tx.data.deliveries.get(id));
    }

    @Override
    public List<Delivery> deliveries(MessageId message) {
        return tx.data.deliveries.values().stream()
                .filter(d -> d.message().equals(message))
                .toList();
    }

    @Override
    public List<Delivery> deliveriesAfter(MessageId message, Optional<DeliveryId> after, int limit) {
        return MemoryData.after(tx.data.deliveries, after).values().stream()
                .filter(d -> d.message().equals(message))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Delivery> deliveriesTo(PersonId person) {
        return tx.data.deliveries.values().stream()
                .filter(d -> d.person().filter(person::equals).isPresent())
                .toList();
    }

    @Override
    public void insertDeliveries(List<Delivery> deliveries) {
        for (Delivery delivery : deliveries) {
            if (tx.data.deliveries.containsKey(delivery.id())) {
                throw new NetworkStorageException("delivery '" + delivery.id() + "' is stored already", "23505", null);
            }
            tx.put(tx.data.deliveries, delivery.id(), delivery);
        }
    }

    @Override
    public List<Delivery> claimDue(String owner, Instant now, Instant leaseUntil, int limit) {
        List<Delivery> claimed = tx.data.deliveries.values().stream()
                .filter(d ->
                        d.status() == DeliveryStatus.PENDING && !d.nextAttempt().isAfter(now))
                .filter(d -> {
                    Claim claim = tx.data.claims.get(d.id());
                    return claim == null || claim.until().isBefore(now);
                })
                .sorted(Comparator.comparing(Delivery::nextAttempt).thenComparing(Delivery::id))
                .limit(limit)
                .toList();
        for (Delivery delivery : claimed) {
            tx.put(tx.data.claims, delivery.id(), new Claim(owner, leaseUntil));
        }
        return claimed;
    }

    @Override
    public boolean complete(Delivery delivery, String owner) {
        Delivery stored = tx.data.deliveries.get(delivery.id());
        if (stored == null) {
            return false;
        }
        Claim claim = tx.data.claims.get(delivery.id());
        if (claim != null && claim.owner().equals(owner)) {
            tx.put(tx.data.deliveries, delivery.id(), delivery);
            tx.remove(tx.data.claims, delivery.id());
            return true;
        }
        if (delivery.status() != DeliveryStatus.PENDING && stored.status() == DeliveryStatus.PENDING) {
            tx.put(tx.data.deliveries, delivery.id(), delivery);
        }
        return false;
    }

    @Override
    public int erase(PersonId person) {
        List<Delivery> theirs = new ArrayList<>(deliveriesTo(person));
        for (Delivery delivery : theirs) {
            if (delivery.status() == DeliveryStatus.PENDING) {
                tx.remove(tx.data.deliveries, delivery.id());
                tx.remove(tx.data.claims, delivery.id());
            } else {
                tx.put(tx.data.deliveries, delivery.id(), unlinked(delivery, ERASED_ADDRESS, false));
            }
        }
        return theirs.size();
    }

    /**
     * A delivery no longer linked to its subscription: with another address, and without the recipient's name and
     * person unless kept.
     */
    static Delivery unlinked(Delivery d, String address, boolean keepRecipient) {
        return new Delivery(
                d.id(),
                d.message(),
                address,
                keepRecipient ? d.name() : Optional.empty(),
                d.language(),
                Optional.empty(),
                keepRecipient ? d.person() : Optional.empty(),
                d.status(),
                d.attempts(),
                d.nextAttempt(),
                d.lastError());
    }
}
