package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.PersonId;

/**
 * The store port for subscriptions to newsletters, each a versioned row. Its contract suite is
 * {@code SubscriptionPortContract}.
 *
 * @since 0.2.0
 */
@API(status = STABLE, since = "0.2.0")
public interface SubscriptionPort {
    /**
     * The subscriptions to a newsletter.
     *
     * @param newsletter the newsletter activity
     * @return the subscriptions, whatever their status, by identifier; never null
     */
    List<Subscription> subscriptions(ActivityId newsletter);

    /**
     * A subscription with its version.
     *
     * @param id its identifier
     * @return the subscription, if stored; never null
     */
    Optional<Versioned<Subscription>> find(SubscriptionId id);

    /**
     * A subscription.
     *
     * @param id its identifier
     * @return the subscription, if stored; never null
     */
    default Optional<Subscription> subscription(SubscriptionId id) {
        return find(id).map(Versioned::value);
    }

    /**
     * The subscriptions of a person.
     *
     * @param person the person
     * @return the subscriptions, by identifier; never null
     */
    List<Subscription> subscriptionsOf(PersonId person);

    /**
     * The subscriptions at an address, to any newsletter, whatever their status: those whose address
     * {@linkplain org.chemnet.network.deliverability.AddressStanding#normalized(String) normalizes} to it.
     *
     * @param address the normalized address
     * @return the subscriptions, by identifier; never null
     * @since 0.6.0
     */
    List<Subscription> subscriptionsAt(String address);

    /**
     * Inserts a new subscription, at version 1.
     *
     * @param subscription the subscription
     * @throws ConcurrentUpdateException if a subscription with its identifier is stored already
     */
    void insert(Subscription subscription);

    /**
     * Replaces a subscription if nobody changed it since it was read.
     *
     * @param subscription the subscription
     * @param expectedVersion the version that was read
     * @return the new version
     * @throws ConcurrentUpdateException if the stored version is not the one expected
     * @throws org.chemnet.network.kernel.NotFoundException if the subscription is not stored
     */
    long update(Subscription subscription, long expectedVersion);

    /**
     * Deletes a subscription. The deliveries still pending to it are deleted too (they are never sent); the others
     * stay in the outbox as a record, no longer linked to it.
     *
     * @param id the subscription
     */
    void delete(SubscriptionId id);

    /**
     * Inserts many new subscriptions: the bulk path of imports. By default one by one; stores may batch.
     *
     * @param subscriptions the subscriptions
     * @throws NetworkStorageException if one of them is stored already
     */
    default void insertAll(List<Subscription> subscriptions) {
        BulkInserts.oneByOne(subscriptions, this::insert);
    }

    /**
     * A page of the subscriptions to a newsletter, whatever their status, by identifier (keyset paging): those
     * whose identifier follows {@code after}.
     *
     * @param newsletter the newsletter activity; one that is not stored has none
     * @param after the identifier after which the page starts, not itself included; empty for the first page
     * @param limit the most to return, 1 or more (the use cases ask for at most 1,001)
     * @return the subscriptions, in order of identifier; never null
     * @since 0.3.0
     */
    List<Subscription> subscriptionsAfter(ActivityId newsletter, Optional<SubscriptionId> after, int limit);

    /**
     * Those of some subscriptions that are stored, asked at once: the outbox reads the subscriptions of a claimed
     * batch with it, to send none to a subscription that ended. By default one by one; stores override it and ask in
     * a statement or two.
     *
     * @param ids the identifiers, as many as a batch of the outbox (up to a few thousand)
     * @return each one stored, by identifier; those not stored are absent; never null
     * @since 0.4.0
     */
    default Map<SubscriptionId, Subscription> subscriptions(Collection<SubscriptionId> ids) {
        Map<SubscriptionId, Subscription> found = new HashMap<>();
        for (SubscriptionId id : ids) {
            subscription(id).ifPresent(s -> found.put(id, s));
        }
        return found;
    }

    /**
     * The networks of those of some subscriptions that are stored (the networks of their newsletters), whichever
     * network holds them: the bulk question of imports, asked once a chunk, so that an identifier another network
     * holds is a refused record rather than a failed insert. By default none are reported, as this port cannot tell
     * a newsletter's network, and such a subscription fails its insert ({@link NetworkStorageException}); stores
     * override it and ask at once.
     *
     * @param ids the identifiers, as many as a chunk of an import (up to a few thousand)
     * @return the network of each one stored, by identifier; those not stored are absent; never null
     * @since 0.3.0
     */
    default Map<SubscriptionId, NetworkId> networksOfSubscriptions(Collection<SubscriptionId> ids) {
        return Map.of();
    }
}
