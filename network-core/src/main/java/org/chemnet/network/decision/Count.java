package org.chemnet.network.decision;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How many seats voted one option: Popolo's {@code Count}.
 *
 * @param option the option; never null
 * @param value how many seats voted it
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Count(VoteOption option, int value) {
    /**
     * Creates a count.
     *
     * @throws NullPointerException if the option is null
     * @throws IllegalArgumentException if the value is negative
     */
    public Count {
        requireNonNull(option, "option");
        if (value < 0) {
            throw new IllegalArgumentException("a count is not negative: " + value);
        }
    }
}
