package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.argument.Argument;

/**
 * A page of rows by key (keyset paging): {@code WHERE <filter> AND <key> > ? ORDER BY <key> FETCH FIRST n ROWS ONLY},
 * which H2 and PostgreSQL both run from an index on the filter's columns and the key, however deep the page. Never
 * {@code OFFSET}, whose cost grows with the rows it skips.
 *
 * @param filter the condition rows meet, such as {@code network_id = ?}; {@code TRUE} for every row
 * @param args the filter's arguments, then the key's if the page starts after one
 * @param key the key column, such as {@code id} or {@code m.id}
 * @param limit the most rows of the page
 */
record Keyset(String filter, List<Argument> args, String key, int limit) {
    /**
     * A page after a key.
     *
     * @param filter the condition rows meet
     * @param filterArgs its arguments
     * @param key the key column
     * @param after the key after which the page starts; empty for the first page
     * @param limit the most rows, 1 or more
     * @return the page
     */
    static Keyset of(String filter, List<Argument> filterArgs, String key, Optional<String> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, but is " + limit);
        }
        List<Argument> args = new ArrayList<>(filterArgs);
        String where = filter;
        if (after.isPresent()) {
            where = where + " AND " + key + " > ?";
            args.add(text(after.get()));
        }
        return new Keyset(where, List.copyOf(args), key, limit);
    }

    /** The condition and the order of the page: what follows {@code WHERE}. */
    String clause() {
        return filter + " ORDER BY " + key + " FETCH FIRST " + limit + " ROWS ONLY";
    }

    /** The arguments of {@link #clause()}, in order. */
    Argument[] arguments() {
        return args.toArray(new Argument[0]);
    }
}
