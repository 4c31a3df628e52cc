package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The store: where networks are kept, as a set of small ports by concern that one transaction reaches
 * ({@link StoreTransaction}). The core ships an in-memory store; network-jdbc keeps networks in H2 or PostgreSQL.
 *
 * <p>Implementations are thread-safe, and several stores may share one database (two nodes of a host): every port
 * method is a targeted change, guarded by a version or a key, never a rewrite of what another writer may have changed
 * since it was read (the few methods that replace a row whole, such as {@code ContentPort.saveEvent} or the bulk
 * paths of imports, say so). Each port has a contract suite in network-core's test jar ({@code NetworkPortContract},
 * {@code OrganizationPortContract}, {@code MembershipPortContract}, {@code GovernancePortContract},
 * {@code ContentPortContract}, {@code SubscriptionPortContract}, {@code OutboxPortContract}), and
 * {@code UseCaseConcurrencyContract} races every write use case on two runtimes over one store.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface NetworkStore {
    /**
     * Runs work in one transaction: everything it changes is stored together, or, if it throws, nothing is.
     *
     * @param work what to read and change
     * @param <T> what the work returns
     * @return what the work returned
     * @throws NetworkStorageException if the store fails; nothing is stored then
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if another writer changed what the work changes since it
     *     read it; nothing is stored then
     */
    <T> T inTransaction(Function<StoreTransaction, T> work);

    /**
     * Runs a query that changes nothing, on one consistent view of the store. By default, a transaction; a store may
     * refuse writes here.
     *
     * @param query what to read
     * @param <T> what the query returns
     * @return what the query returned
     */
    default <T> T read(Function<StoreTransaction, T> query) {
        return inTransaction(query);
    }
}
