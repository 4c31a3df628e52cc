package org.chemnet.network.jdbc;

import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2RuntimeTest extends JdbcRuntimeContract {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.h2();

    @Override
    JdbcStoreExtension db() {
        return DB;
    }

    @Override
    String foreignKeyViolation() {
        return "23506";
    }
}
