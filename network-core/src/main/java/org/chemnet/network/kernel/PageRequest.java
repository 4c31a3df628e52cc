package org.chemnet.network.kernel;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Which page of a list to read: the first, or the one after a cursor a previous page gave, and how many items at most.
 *
 * <p>Lists are paged by key (keyset paging), never by offset: a page deep inside a list of a million costs what the
 * first page costs, and a row stored or deleted between two pages never makes the next page skip or repeat another.
 * A cursor is opaque: take it from {@link Page#next()} and give it back unchanged, to the same list; its content may
 * change between versions of the library.
 *
 * <pre>{@code
 * PageRequest request = PageRequest.first(100);
 * Page<Organization> page;
 * do {
 *     page = runtime.directory().organizations(request);
 *     page.items().forEach(this::show);
 *     request = page.next().map(request::after).orElse(null);
 * } while (request != null);
 * }</pre>
 *
 * @param after the cursor after which the page starts; empty for the first page; never null
 * @param size the most items of the page, {@value #MIN_SIZE} to {@value #MAX_SIZE}
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public record PageRequest(Optional<String> after, int size) {
    /** The fewest items a page may be asked for. */
    public static final int MIN_SIZE = 1;

    /** The most items a page may be asked for. */
    public static final int MAX_SIZE = 1_000;

    /** The longest cursor accepted: far longer than any the library gives out. */
    public static final int MAX_CURSOR_LENGTH = 1_000;

    /**
     * Creates a request.
     *
     * @throws NullPointerException if after is null
     * @throws IllegalArgumentException if size is not within {@value #MIN_SIZE} to {@value #MAX_SIZE}, or the cursor is
     *     blank or longer than {@value #MAX_CURSOR_LENGTH} characters
     */
    public PageRequest {
        requireNonNull(after, "after");
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "size must be from " + MIN_SIZE + " to " + MAX_SIZE + ", but is " + size);
        }
        after.ifPresent(cursor -> {
            if (cursor.isBlank()) {
                throw new IllegalArgumentException("after must be a cursor a page gave, but is blank");
            }
            if (cursor.length() > MAX_CURSOR_LENGTH) {
                throw new IllegalArgumentException("after must be a cursor a page gave, but is " + cursor.length()
                        + " characters long (at most " + MAX_CURSOR_LENGTH + ")");
            }
        });
    }

    /**
     * The first page of a list.
     *
     * @param size the most items of the page, {@value #MIN_SIZE} to {@value #MAX_SIZE}
     * @return the request; never null
     * @throws IllegalArgumentException if size is out of range
     */
    public static PageRequest first(int size) {
        return new PageRequest(Optional.empty(), size);
    }

    /**
     * The page after a cursor, of the same size as this one.
     *
     * @param cursor the cursor of the next page, from {@link Page#next()}
     * @return the request; never null
     * @throws NullPointerException if cursor is null
     * @throws IllegalArgumentException if cursor is blank or too long
     */
    public PageRequest after(String cursor) {
        return new PageRequest(Optional.of(requireNonNull(cursor, "cursor")), size);
    }
}
