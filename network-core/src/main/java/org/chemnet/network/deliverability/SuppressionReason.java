package org.chemnet.network.deliverability;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Why an address is on the suppression list, and so receives nothing at all.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public enum SuppressionReason {
    /** Its owner asked for no mail at all, from any newsletter: more than leaving one newsletter. */
    OPTED_OUT,
    /**
     * Mail to it kept bouncing: its subscriptions were put on hold, and it did not come back after the reminders. A
     * way back (the link of a reminder) lifts it.
     */
    HARD_BOUNCED,
    /** Its owner marked a mail as spam (a feedback loop report, or the host's own channel). */
    COMPLAINED
}
