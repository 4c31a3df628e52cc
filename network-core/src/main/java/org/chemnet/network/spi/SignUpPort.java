package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.newsletter.PendingSubscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.PersonId;

/**
 * The store port of subscriptions asked for and not yet confirmed (double opt-in), one row per subscription
 * identifier. Its contract suite is {@code SignUpPortContract}.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public interface SignUpPort {
    /**
     * A pending subscription.
     *
     * @param id the identifier of the subscription it becomes
     * @return it, if stored; never null
     */
    Optional<PendingSubscription> find(SubscriptionId id);

    /**
     * Stores a pending subscription, replacing one stored under its identifier (a sign-up asked for again).
     *
     * @param pending the pending subscription
     */
    void save(PendingSubscription pending);

    /**
     * Deletes a pending subscription.
     *
     * @param id its identifier
     * @return true if one was stored, and this transaction deleted it
     */
    boolean delete(SubscriptionId id);

    /**
     * Deletes the pending subscriptions that expired at or before an instant.
     *
     * @param now the instant
     * @return how many were deleted
     */
    int deleteExpired(Instant now);

    /**
     * Deletes the pending subscriptions of a person, as when their data is erased.
     *
     * @param person the person
     * @return how many were deleted
     */
    int deleteOf(PersonId person);
}
