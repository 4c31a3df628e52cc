package org.chemnet.network.newsletter;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;

/**
 * Identifies a message sent through the outbox: a newsletter issue or a notice.
 *
 * <p>The value is 1 to 128 characters: letters, digits and {@code . _ : -}, starting with a letter or digit.
 * Readable values (such as {@code oecc}) and random ones ({@link #random()}) are both fine.
 *
 * @param value the identifier's text; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record MessageId(String value) implements Comparable<MessageId> {
    /**
     * Creates an identifier.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is malformed
     */
    public MessageId {
        Checks.id(value, "messageId");
    }

    /**
     * Returns the identifier with this text.
     *
     * @param value the identifier's text
     * @return the identifier; never null
     * @throws IllegalArgumentException if value is malformed
     */
    public static MessageId of(String value) {
        return new MessageId(value);
    }

    /**
     * Returns a new random identifier (a UUID).
     *
     * @return a new identifier; never null
     */
    public static MessageId random() {
        return new MessageId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(MessageId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
