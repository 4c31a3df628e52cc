package org.chemnet.network.jdbc;

import org.chemnet.network.ChangeLogContract;
import org.chemnet.network.NetworkImportContract;
import org.chemnet.network.UseCaseConcurrencyContract;
import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.NetworkStoreContract;
import org.chemnet.network.spi.OutboxPortContract;
import org.junit.jupiter.api.Nested;

/**
 * The store contract suites where the database's keeping of its pages could show (an H2 database in a file against
 * one in memory): what a transaction commits and rolls back, imports and their journal, the outbox's claims, the
 * change log's cursors, and the races of two nodes. Each test on a fresh store of {@link #db()}, and the races over a
 * second store beside it (the same data source and configuration, as a second node of a host).
 */
abstract class DurableStoreContracts {
    /** The database the suites run on. */
    abstract JdbcStoreExtension db();

    NetworkStore fresh() {
        return db().newStore();
    }

    NetworkStore beside(NetworkStore store) {
        return db().newStoreBeside((JdbcNetworkStore) store);
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
