package org.chemnet.network.kernel;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One page of a list: its items in the list's order, and the cursor of the next page, if there is one.
 *
 * @param items the items of the page, at most the size asked for; never null, never containing null
 * @param next the cursor of the next page, to give to {@link PageRequest#after(String)}; empty on the last page;
 *     never null. Opaque: see {@link PageRequest}
 * @param <T> what the list holds
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public record Page<T>(List<T> items, Optional<String> next) {
    /**
     * Creates a page.
     *
     * @throws NullPointerException if a component is null or the items hold null
     */
    public Page {
        items = List.copyOf(items);
        requireNonNull(next, "next");
    }

    /**
     * A page without items, and the last.
     *
     * @param <T> what the list holds
     * @return the page; never null
     */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), Optional.empty());
    }

    /**
     * Whether a page follows this one.
     *
     * @return true unless this is the last page
     */
    public boolean hasNext() {
        return next.isPresent();
    }
}
