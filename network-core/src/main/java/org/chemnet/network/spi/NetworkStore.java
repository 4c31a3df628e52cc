package org.chemnet.network.spi;

import java.util.function.Function;

/**
 * The store port: where networks are kept. The core ships an in-memory store; network-jdbc keeps them in H2 or
 * PostgreSQL. Every implementation passes the same contract suite ({@code NetworkStoreContract} in network-core's
 * test jar).
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface NetworkStore {
    /**
     * Runs work in one transaction: everything it changes is stored together, or, if it throws, nothing is.
     *
     * @param work what to read and change
     * @param <T> what the work returns
     * @return what the work returned
     * @throws NetworkStorageException if the store fails; nothing is stored then
     */
    <T> T inTransaction(Function<StoreTransaction, T> work);

    /**
     * Runs a query that changes nothing. By default, a transaction that changes nothing.
     *
     * @param query what to read
     * @param <T> what the query returns
     * @return what the query returned
     */
    default <T> T read(Function<StoreReader, T> query) {
        return inTransaction(query::apply);
    }
}
