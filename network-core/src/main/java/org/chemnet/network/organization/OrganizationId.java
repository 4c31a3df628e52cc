package org.chemnet.network.organization;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;

/**
 * Identifies an organization.
 *
 * <p>The value is 1 to 128 characters: letters, digits and {@code . _ : -}, starting with a letter or digit.
 * Readable values (such as {@code oecc}) and random ones ({@link #random()}) are both fine.
 *
 * @param value the identifier's text; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record OrganizationId(String value) implements Comparable<OrganizationId> {
    /**
     * Creates an identifier.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is malformed
     */
    public OrganizationId {
        Checks.id(value, "organizationId");
    }

    /**
     * Returns the identifier with this text.
     *
     * @param value the identifier's text
     * @return the identifier; never null
     * @throws IllegalArgumentException if value is malformed
     */
    public static OrganizationId of(String value) {
        return new OrganizationId(value);
    }

    /**
     * Returns a new random identifier (a UUID).
     *
     * @return a new identifier; never null
     */
    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(OrganizationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
