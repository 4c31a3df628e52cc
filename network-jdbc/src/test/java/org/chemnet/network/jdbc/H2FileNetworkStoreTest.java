package org.chemnet.network.jdbc;

import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every store contract suite on H2 databases kept in files. */
class H2FileNetworkStoreTest extends JdbcStoreContracts {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.h2File();

    @Override
    JdbcStoreExtension db() {
        return DB;
    }
}
