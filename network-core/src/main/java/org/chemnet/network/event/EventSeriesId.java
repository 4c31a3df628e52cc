package org.chemnet.network.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;

/**
 * The identifier of an event series, such as {@code chemss}.
 *
 * @param value the identifier; never null, not blank, at most 128 characters without control characters
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record EventSeriesId(String value) implements Comparable<EventSeriesId> {
    /**
     * Creates an identifier.
     *
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public EventSeriesId {
        Checks.id(value, "eventSeriesId");
    }

    /**
     * An identifier.
     *
     * @param value the identifier
     * @return the identifier; never null
     */
    public static EventSeriesId of(String value) {
        return new EventSeriesId(value);
    }

    /**
     * A new random identifier.
     *
     * @return the identifier; never null
     */
    public static EventSeriesId random() {
        return new EventSeriesId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(EventSeriesId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
