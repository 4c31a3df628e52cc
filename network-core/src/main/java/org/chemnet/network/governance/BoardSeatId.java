package org.chemnet.network.governance;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;

/**
 * Identifies a seat on a network's board, held by one organization for one term.
 *
 * <p>The value is 1 to 128 characters: letters, digits and {@code . _ : -}, starting with a letter or digit.
 * Readable values (such as {@code oecc}) and random ones ({@link #random()}) are both fine.
 *
 * @param value the identifier's text; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record BoardSeatId(String value) implements Comparable<BoardSeatId> {
    /**
     * Creates an identifier.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is malformed
     */
    public BoardSeatId {
        Checks.id(value, "boardSeatId");
    }

    /**
     * Returns the identifier with this text.
     *
     * @param value the identifier's text
     * @return the identifier; never null
     * @throws IllegalArgumentException if value is malformed
     */
    public static BoardSeatId of(String value) {
        return new BoardSeatId(value);
    }

    /**
     * Returns a new random identifier (a UUID).
     *
     * @return a new identifier; never null
     */
    public static BoardSeatId random() {
        return new BoardSeatId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(BoardSeatId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
