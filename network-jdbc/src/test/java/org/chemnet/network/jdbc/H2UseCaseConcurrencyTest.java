package org.chemnet.network.jdbc;

import org.chemnet.network.UseCaseConcurrencyContract;
import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.spi.NetworkStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every write use case raced over two runtimes, each with its own store, over an H2 database in memory. */
class H2UseCaseConcurrencyTest extends UseCaseConcurrencyContract {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.h2();

    @Override
    protected NetworkStore createStore() {
        return DB.newStore();
    }

    @Override
    protected NetworkStore secondNode(NetworkStore store) {
        return DB.newStoreBeside((JdbcNetworkStore) store);
    }
}
