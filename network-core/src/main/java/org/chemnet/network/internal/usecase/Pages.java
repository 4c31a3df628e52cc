package org.chemnet.network.internal.usecase;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.chemnet.network.kernel.Page;
import org.chemnet.network.kernel.PageRequest;

/**
 * The pages of one kind of list, keyed by one kind of identifier: the key a {@link PageRequest}'s cursor holds, and
 * the page made of the rows a store read. A cursor is the kind of key and the last key of its page, in URL-safe
 * Base64: opaque to hosts, and refused by a list of another kind. Not part of the API.
 *
 * @param <K> the identifier the list is keyed by
 */
final class Pages<K> {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final String kind;
    private final Function<String, K> parse;

    /**
     * The pages of a list.
     *
     * @param kind what the list's keys identify, such as {@code organization}; part of every cursor
     * @param parse an identifier from its text, throwing {@link IllegalArgumentException} if malformed
     */
    Pages(String kind, Function<String, K> parse) {
        this.kind = kind;
        this.parse = parse;
    }

    /**
     * The key after which a requested page starts.
     *
     * @param request the request
     * @return the key; empty for the first page
     * @throws IllegalArgumentException naming {@code after} if the cursor is not one a page of this kind gave
     */
    Optional<K> after(PageRequest request) {
        return request.after().map(this::key);
    }

    /**
     * How many rows to read for a page: one more than its size, which tells whether another page follows.
     *
     * @param request the request
     * @return the size plus one
     */
    static int rowsToRead(PageRequest request) {
        return request.size() + 1;
    }

    /**
     * The page of rows read for a request, {@link #rowsToRead} of them at most.
     *
     * @param request the request
     * @param rows the rows, in order of key
     * @param key the text of a row's key
     * @return the page: at most the size asked for, with the cursor of the last of them if more rows followed
     */
    <T> Page<T> page(PageRequest request, List<T> rows, Function<T, String> key) {
        if (rows.size() <= request.size()) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = rows.subList(0, request.size());
        return new Page<>(items, Optional.of(cursor(key.apply(items.get(items.size() - 1)))));
    }

    private String cursor(String key) {
        return ENCODER.encodeToString((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    private K key(String cursor) {
        String decoded;
        try {
            decoded = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notACursor(cursor, e);
        }
        String prefix = kind + ":";
        if (!decoded.startsWith(prefix)) {
            throw notACursor(cursor, null);
        }
        try {
            return parse.apply(decoded.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            throw notACursor(cursor, e);
        }
    }

    private IllegalArgumentException notACursor(String cursor, Throwable cause) {
        String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "..." : cursor;
        return new IllegalArgumentException(
                "after must be a cursor that a page of this list (by " + kind + ") gave, but is '" + shown + "'",
                cause);
    }
}
