package org.chemnet.network.membership;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;

/**
 * Identifies one organization's participation (membership) in a network.
 *
 * <p>The value is 1 to 128 characters: letters, digits and {@code . _ : -}, starting with a letter or digit.
 * Readable values (such as {@code oecc}) and random ones ({@link #random()}) are both fine.
 *
 * @param value the identifier's text; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record MembershipId(String value) implements Comparable<MembershipId> {
    /**
     * Creates an identifier.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is malformed
     */
    public MembershipId {
        Checks.id(value, "membershipId");
    }

    /**
     * Returns the identifier with this text.
     *
     * @param value the identifier's text
     * @return the identifier; never null
     * @throws IllegalArgumentException if value is malformed
     */
    public static MembershipId of(String value) {
        return new MembershipId(value);
    }

    /**
     * Returns a new random identifier (a UUID).
     *
     * @return a new identifier; never null
     */
    public static MembershipId random() {
        return new MembershipId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(MembershipId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
