package org.chemnet.network.jdbc;

import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every store contract suite on H2 in memory. */
class H2NetworkStoreTest extends JdbcStoreContracts {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.h2();

    @Override
    JdbcStoreExtension db() {
        return DB;
    }
}
