package org.chemnet.network.jdbc;

import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store contract suites where an H2 database kept in a file may differ from one in memory
 * ({@link DurableStoreContracts}). The other suites run on H2 in memory and on PostgreSQL ({@link H2NetworkStoreTest},
 * {@link PostgresNetworkStoreTest}): on one engine, the rest of the store's SQL does not depend on where the pages
 * are kept.
 */
class H2FileNetworkStoreTest extends DurableStoreContracts {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.h2File();

    @Override
    JdbcStoreExtension db() {
        return DB;
    }
}
