package org.chemnet.network.jdbc;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.chemnet.network.jdbc.internal.SearchTextFill;
import org.chemnet.network.jdbc.internal.Tables;

/**
 * The text each organization row is searched by ({@code search_text}, added by migration V5): what
 * {@code runtime.directory().search(...)} looks in. The store writes it with every organization it inserts or
 * updates, and only Java can compute it ({@link org.chemnet.network.spi.SearchText#of}), so the migration cannot fill
 * it for the rows stored before V5: a search finds such an organization only once it is written again, or once this
 * class has filled the text in.
 *
 * <pre>{@code
 * long filled = SearchIndex.fillMissing(dataSource, config); // once, after upgrading to version 5
 * }</pre>
 *
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public final class SearchIndex {
    private SearchIndex() {}

    /**
     * Fills the search text of every organization row that has none, a thousand rows a transaction. Safe while the
     * store runs, on one node or several: a row that another writer stored meanwhile keeps the text it stored; a
     * second call finds nothing left to do.
     *
     * @param dataSource the store's database, migrated to version 5 or later
     * @param config the schema and table prefix of the store
     * @return how many rows were filled; 0 if none was missing
     * @throws org.chemnet.network.spi.NetworkStorageException if the database fails (the batches before stay filled)
     */
    public static long fillMissing(DataSource dataSource, JdbcConfig config) {
        requireNonNull(dataSource, "dataSource");
        requireNonNull(config, "config");
        return SearchTextFill.fill(dataSource, new Tables(config.schema(), config.tablePrefix()));
    }
}
