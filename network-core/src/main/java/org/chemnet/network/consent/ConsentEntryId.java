package org.chemnet.network.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;

/**
 * Identifies an entry of the consent ledger.
 *
 * <p>The value is 1 to 128 characters: letters, digits and {@code . _ : -}, starting with a letter or digit.
 *
 * @param value the identifier's text; never null
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record ConsentEntryId(String value) implements Comparable<ConsentEntryId> {
    /**
     * Creates an identifier.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is malformed
     */
    public ConsentEntryId {
        Checks.id(value, "consentEntryId");
    }

    /**
     * Returns the identifier with this text.
     *
     * @param value the identifier's text
     * @return the identifier; never null
     */
    public static ConsentEntryId of(String value) {
        return new ConsentEntryId(value);
    }

    /**
     * Returns a new random identifier (a UUID).
     *
     * @return a new identifier; never null
     */
    public static ConsentEntryId random() {
        return new ConsentEntryId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(ConsentEntryId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
