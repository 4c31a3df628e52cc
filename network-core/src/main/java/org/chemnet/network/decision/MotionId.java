package org.chemnet.network.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;

/**
 * The identifier of a motion.
 *
 * @param value the identifier; never null, not blank, at most 128 characters without control characters
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record MotionId(String value) implements Comparable<MotionId> {
    /**
     * Creates an identifier.
     *
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public MotionId {
        Checks.id(value, "motionId");
    }

    /**
     * An identifier.
     *
     * @param value the identifier
     * @return the identifier; never null
     */
    public static MotionId of(String value) {
        return new MotionId(value);
    }

    /**
     * A new random identifier.
     *
     * @return the identifier; never null
     */
    public static MotionId random() {
        return new MotionId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(MotionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
