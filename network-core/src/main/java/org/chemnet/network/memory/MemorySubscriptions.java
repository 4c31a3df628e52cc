package org.chemnet.network.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.memory.MemoryNetworks.Versions;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.SubscriptionPort;
import org.chemnet.network.spi.Versioned;

/** Subscriptions of an in-memory store. */
final class MemorySubscriptions implements SubscriptionPort {
    private final MemoryTransaction tx;

    MemorySubscriptions(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public List<Subscription> subscriptions(ActivityId newsletter) {
        return tx.data.subscriptions.values().stream()
                .map(Versioned::value)
                .filter(s -> s.newsletter().equals(newsletter))
                .toList();
    }

    @Override
    public List<Subscription> subscriptionsAfter(ActivityId newsletter, Optional<SubscriptionId> after, int limit) {
        return MemoryData.after(tx.data.subscriptions, after).values().stream()
                .map(Versioned::value)
                .filter(s -> s.newsletter().equals(newsletter))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Versioned<Subscription>> find(SubscriptionId id) {
        return Optional.ofNullable(tx.data.subscriptions.get(id));
    }

    @Override
    public List<Subscription> subscriptionsOf(PersonId person) {
        return tx.data.subscriptions.values().stream()
                .map(Versioned::value)
                .filter(s -> s.person().filter(person::equals).isPresent())
                .toList();
    }

    @Override
    public List<Subscription> subscriptionsAt(String address) {
        return tx.data.subscriptions.values().stream()
                .map(Versioned::value)
                .filter(s -> org.chemnet.network.deliverability.AddressStanding.normalized(s.address())
                        .equals(address))
                .toList();
    }

    @Override
    public void insert(Subscription subscription) {
        Versions.insert(tx, tx.data.subscriptions, subscription.id(), subscription, "subscription");
    }

    @Override
    public long update(Subscription subscription, long expectedVersion) {
        return Versions.update(
                tx, tx.data.subscriptions, subscription.id(), subscription, expectedVersion, "subscription");
    }

    @Override
    public void delete(SubscriptionId id) {
        tx.remove(tx.data.subscriptions, id);
        List<Delivery> linked = tx.data.deliveries.values().stream()
                .filter(d -> d.subscription().filter(id::equals).isPresent())
                .toList();
        for (Delivery delivery : linked) {
            if (delivery.status() == DeliveryStatus.PENDING) {
                tx.remove(tx.data.deliveries, delivery.id());
                tx.remove(tx.data.claims, delivery.id());
            } else {
                tx.put(tx.data.deliveries, delivery.id(), MemoryOutbox.unlinked(delivery, delivery.address(), true));
            }
        }
    }

    @Override
    public Map<SubscriptionId, NetworkId> networksOfSubscriptions(Collection<SubscriptionId> ids) {
        Map<SubscriptionId, NetworkId> found = new HashMap<>();
        for (SubscriptionId id : ids) {
            Versioned<Subscription> subscription = tx.data.subscriptions.get(id);
            if (subscription != null) {
                NetworkId network =
                        tx.data.activityNetworks.get(subscription.value().newsletter());
                if (network != null) {
                    found.put(id, network);
                }
            }
        }
        return found;
    }
}
