package org.chemnet.network.registration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;

/**
 * The identifier of a registration.
 *
 * @param value the identifier; never null, not blank, at most 128 characters without control characters
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record RegistrationId(String value) implements Comparable<RegistrationId> {
    /**
     * Creates an identifier.
     *
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public RegistrationId {
        Checks.id(value, "registrationId");
    }

    /**
     * An identifier.
     *
     * @param value the identifier
     * @return the identifier; never null
     */
    public static RegistrationId of(String value) {
        return new RegistrationId(value);
    }

    /**
     * A new random identifier.
     *
     * @return the identifier; never null
     */
    public static RegistrationId random() {
        return new RegistrationId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(RegistrationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
