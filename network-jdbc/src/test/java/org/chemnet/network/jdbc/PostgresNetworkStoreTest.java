package org.chemnet.network.jdbc;

import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.NetworkStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresNetworkStoreTest extends NetworkStoreContract {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.postgres();

    @Override
    protected NetworkStore createStore() {
        return DB.newStore();
    }
}
