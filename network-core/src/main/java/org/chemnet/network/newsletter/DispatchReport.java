package org.chemnet.network.newsletter;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What one round of the outbox did: how many mails the server accepted, how many failed for good, and how many wait
 * to be tried again.
 *
 * @param sent accepted by the server this round
 * @param failed failed for good this round
 * @param retrying failed for now this round, to be tried again later
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record DispatchReport(int sent, int failed, int retrying) {
    /**
     * Adds two reports.
     *
     * @param other the other report
     * @return the sum; never null
     */
    public DispatchReport plus(DispatchReport other) {
        return new DispatchReport(sent + other.sent, failed + other.failed, retrying + other.retrying);
    }
}
