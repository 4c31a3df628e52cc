package org.chemnet.network.jdbc;

import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.NetworkStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2NetworkStoreTest extends NetworkStoreContract {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.h2();

    @Override
    protected NetworkStore createStore() {
        return DB.newStore();
    }
}
