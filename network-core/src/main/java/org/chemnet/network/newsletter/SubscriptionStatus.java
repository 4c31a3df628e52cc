package org.chemnet.network.newsletter;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Whether a subscription still receives newsletters.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum SubscriptionStatus {
    /** Receives the newsletters on its topics. */
    ACTIVE,
    /** The subscriber left; nothing is sent any more. */
    UNSUBSCRIBED,
    /** Mail to the address failed for good; nothing is sent until it is confirmed again. */
    BOUNCED
}
