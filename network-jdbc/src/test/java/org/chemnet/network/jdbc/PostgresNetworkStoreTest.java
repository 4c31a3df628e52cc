package org.chemnet.network.jdbc;

import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every store contract suite on an embedded PostgreSQL. */
class PostgresNetworkStoreTest extends JdbcStoreContracts {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.postgres();

    @Override
    JdbcStoreExtension db() {
        return DB;
    }
}
