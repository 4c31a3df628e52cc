package org.chemnet.network.change;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * How changes are handed to {@link DurableListener}s.
 *
 * @param lease how long a node holds a listener's cursor without moving it; another node takes the cursor over after
 *     that. Longer than a listener takes for {@code batchSize} changes.
 * @param firstRetry the pause after a listener's first failure; it doubles with each failure that follows
 * @param maxRetry the longest pause
 * @param batchSize how many changes are read at once
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public record ChangeDeliverySettings(Duration lease, Duration firstRetry, Duration maxRetry, int batchSize) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a duration is not positive, the longest pause is shorter than the first, or
     *     the batch size is not 1 to 10,000
     */
    public ChangeDeliverySettings {
        positive(lease, "lease");
        positive(firstRetry, "firstRetry");
        positive(maxRetry, "maxRetry");
        if (maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException(
                    "maxRetry must be at least firstRetry (" + firstRetry + "), but was " + maxRetry);
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be 1 to 10000, but was " + batchSize);
        }
    }

    /**
     * A lease of one minute, a first pause of one second, at most one hour, batches of 100.
     *
     * @return the defaults; never null
     */
    public static ChangeDeliverySettings defaults() {
        return new ChangeDeliverySettings(Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofHours(1), 100);
    }

    /**
     * The pause after a number of failures in a row: {@code firstRetry} doubled for each after the first, at most
     * {@code maxRetry}.
     *
     * @param failures failures in a row, at least 1
     * @return the pause; never null
     */
    public Duration retryDelay(int failures) {
        Duration delay = firstRetry;
        for (int i = 1; i < failures && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }

    private static void positive(Duration value, String name) {
        requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, but was " + value);
        }
    }
}
