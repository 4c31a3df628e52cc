package org.chemnet.network.jdbc;

import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRuntimeTest extends JdbcRuntimeContract {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.postgres();

    @Override
    JdbcStoreExtension db() {
        return DB;
    }

    @Override
    String foreignKeyViolation() {
        return "23503";
    }
}
