package org.chemnet.network.spi;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A stored value with the version its row has: what a use case read, so that its write can say which version it
 * replaces. A store counts versions from 1, the first time the value is stored, and adds one with every change.
 *
 * @param value the value; never null
 * @param version its stored version, 1 or more
 * @param <T> the value's type
 * @since 0.2.0
 */
@API(status = STABLE, since = "0.2.0")
public record Versioned<T>(T value, long version) {
    /**
     * Creates a versioned value.
     *
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if the version is below 1
     */
    public Versioned {
        requireNonNull(value, "value");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, but was " + version);
        }
    }
}
