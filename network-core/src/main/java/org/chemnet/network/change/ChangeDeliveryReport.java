package org.chemnet.network.change;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What one {@link ChangeLog#deliverPending()} did.
 *
 * @param delivered changes handed to a listener that returned, counted once per listener
 * @param failed listeners that threw and wait for their pause to end
 * @param skipped listeners whose cursor another node holds, or whose pause after a failure has not ended
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public record ChangeDeliveryReport(long delivered, int failed, int skipped) {}
