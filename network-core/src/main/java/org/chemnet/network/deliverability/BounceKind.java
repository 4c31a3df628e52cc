package org.chemnet.network.deliverability;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How badly a mail bounced, and what it adds to the address's bounce score, as GNU Mailman weighs them.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public enum BounceKind {
    /** The address does not work: an SMTP 5xx reply, or a notification with {@code Action: failed}. Adds 1. */
    HARD(1.0),
    /** It may work later: an SMTP 4xx reply about the recipient, or {@code Action: delayed}. Adds 0.5. */
    SOFT(0.5);

    private final double weight;

    BounceKind(double weight) {
        this.weight = weight;
    }

    /**
     * What one bounce of this kind adds to the bounce score.
     *
     * @return 1.0 for hard, 0.5 for soft
     */
    public double weight() {
        return weight;
    }
}
