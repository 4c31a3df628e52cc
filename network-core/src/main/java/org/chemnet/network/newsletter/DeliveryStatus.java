package org.chemnet.network.newsletter;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where one delivery of a message stands in the outbox.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum DeliveryStatus {
    /** Recorded, not yet sent, or to be tried again after a transient failure. */
    PENDING,
    /** Accepted by the mail server. Final. */
    SENT,
    /** Refused for good (a bad address, a permanent SMTP error, too many attempts). Final. */
    FAILED;

    /**
     * Tells whether nothing more will happen to a delivery in this status.
     *
     * @return true for sent and failed
     */
    public boolean isFinal() {
        return this != PENDING;
    }
}
