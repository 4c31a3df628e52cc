package org.chemnet.network.affiliation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;

/**
 * The identifier of an affiliation.
 *
 * @param value the identifier; never null, not blank, at most 128 characters without control characters
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record AffiliationId(String value) implements Comparable<AffiliationId> {
    /**
     * Creates an identifier.
     *
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public AffiliationId {
        Checks.id(value, "affiliationId");
    }

    /**
     * An identifier.
     *
     * @param value the identifier
     * @return the identifier; never null
     */
    public static AffiliationId of(String value) {
        return new AffiliationId(value);
    }

    /**
     * A new random identifier.
     *
     * @return the identifier; never null
     */
    public static AffiliationId random() {
        return new AffiliationId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(AffiliationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
