package org.chemnet.network.jdbc;

import org.chemnet.network.ChangeLogContract;
import org.chemnet.network.NetworkImportContract;
import org.chemnet.network.UseCaseConcurrencyContract;
import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.NetworkStoreContract;
import org.chemnet.network.spi.OutboxPortContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store contract suites where an H2 database kept in a file may differ from one in memory: what a transaction
 * commits and rolls back, imports and their journal, the outbox's claims, the change log's cursors, and the races of
 * two nodes, each on a database file of its own. The other suites run on H2 in memory and on PostgreSQL
 * ({@link H2NetworkStoreTest}, {@link PostgresNetworkStoreTest}): on one engine, the rest of the store's SQL does not
 * depend on where the pages are kept.
 */
class H2FileNetworkStoreTest {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.h2File();

    static NetworkStore fresh() {
        return DB.newStore();
    }

    static NetworkStore beside(NetworkStore store) {
        return DB.newStoreBeside((JdbcNetworkStore) store);
    }

    @Nested
    class Store extends NetworkStoreContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode() {
            return beside(store);
        }
    }

    @Nested
    class Imports extends NetworkImportContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class Outbox extends OutboxPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode() {
            return beside(store);
        }
    }

    @Nested
    class ChangeLog extends ChangeLogContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class UseCases extends UseCaseConcurrencyContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }
}
