package org.chemnet.network.jdbc.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chemnet.network.kernel.NetworkId;

/**
 * The bulk question of imports: which of some identifiers a table holds already, and in which network, asked with
 * {@code IN} lists of {@value Sql#IN_LIST} keys, so that a chunk of an import costs a statement or two, never one a
 * record. Not part of the API.
 */
final class NetworksOf {
    private NetworksOf() {}

    /**
     * The network of each identifier a query finds.
     *
     * @param sql the statements
     * @param query the query up to {@code IN }, selecting the identifier and its network's identifier, in that order
     * @param ids the identifiers asked about
     * @param key an identifier's text
     * @return the network of each one found, by identifier; never null
     */
    static <I> Map<I, NetworkId> of(Sql sql, String query, Collection<I> ids, Function<I, String> key) {
        Map<String, I> asked = new HashMap<>();
        for (I id : ids) {
            asked.put(key.apply(id), id);
        }
        Map<I, NetworkId> found = new HashMap<>();
        if (asked.isEmpty()) {
            return found;
        }
        List<Map.Entry<String, String>> rows =
                sql.in(query, List.copyOf(asked.keySet()), (rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)));
        for (Map.Entry<String, String> row : rows) {
            I id = asked.get(row.getKey());
            if (id != null) {
                found.put(id, NetworkId.of(row.getValue()));
            }
        }
        return found;
    }
}
