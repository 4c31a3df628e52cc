package org.chemnet.network.deliverability;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What recording a bounce did.
 *
 * @param standing the address's standing afterwards; never null
 * @param counted true if the bounce added to the score: false for a bounce reported before (by its reference), for a
 *     second bounce on one day, or for an address on hold or suppressed already
 * @param held true if this bounce put the address's subscriptions on hold
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record BounceResult(AddressStanding standing, boolean counted, boolean held) {
    /**
     * Creates a result.
     *
     * @throws NullPointerException if the standing is null
     */
    public BounceResult {
        requireNonNull(standing, "standing");
    }
}
