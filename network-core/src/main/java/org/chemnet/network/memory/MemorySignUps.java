package org.chemnet.network.memory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.newsletter.PendingSubscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.SignUpPort;

/** The pending subscriptions of an in-memory store. */
final class MemorySignUps implements SignUpPort {
    private final MemoryTransaction tx;

    MemorySignUps(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Optional<PendingSubscription> find(SubscriptionId id) {
        return Optional.ofNullable(tx.data.signUps.get(id));
    }

    @Override
    public void save(PendingSubscription pending) {
        tx.put(tx.data.signUps, pending.subscription().id(), pending);
    }

    @Override
    public boolean delete(SubscriptionId id) {
        boolean stored = tx.data.signUps.containsKey(id);
        tx.remove(tx.data.signUps, id);
        return stored;
    }

    @Override
    public int deleteExpired(Instant now) {
        return deleteAll(tx.data.signUps.values().stream()
                .filter(p -> !p.expires().isAfter(now))
                .toList());
    }

    @Override
    public int deleteOf(PersonId person) {
        return deleteAll(tx.data.signUps.values().stream()
                .filter(p -> p.subscription().person().filter(person::equals).isPresent())
                .toList());
    }

    private int deleteAll(List<PendingSubscription> pending) {
        pending.forEach(p -> tx.remove(tx.data.signUps, p.subscription().id()));
        return pending.size();
    }
}
