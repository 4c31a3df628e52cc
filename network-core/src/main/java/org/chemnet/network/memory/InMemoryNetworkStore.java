package org.chemnet.network.memory;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.StoreTransaction;

/**
 * A store that keeps everything in memory: the default when no other store is configured, and a fast one for tests.
 * Nothing survives the JVM. One instance is one database: runtimes that share it are nodes of one host.
 *
 * <p>Thread-safe: transactions run one at a time under a write lock, reads run together under a read lock, so a read
 * never sees half a transaction. A transaction that throws is undone completely. Versions and claims behave as on
 * any other store: a write with a stale version is refused, a claimed delivery is not claimed again while its lease
 * lasts.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class InMemoryNetworkStore implements NetworkStore {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final MemoryData data = new MemoryData();

    /** Creates an empty store. */
    public InMemoryNetworkStore() {}

    @Override
    public <T> T inTransaction(Function<StoreTransaction, T> work) {
        requireNonNull(work, "work");
        lock.writeLock().lock();
        try {
            MemoryTransaction transaction = new MemoryTransaction(data, true);
            try {
                return work.apply(transaction);
            } catch (RuntimeException | Error e) {
                transaction.rollback();
                throw e;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs a query under the read lock; a write in it throws {@link IllegalStateException}. */
    @Override
    public <T> T read(Function<StoreTransaction, T> query) {
        requireNonNull(query, "query");
        lock.readLock().lock();
        try {
            return query.apply(new MemoryTransaction(data, false));
        } finally {
            lock.readLock().unlock();
        }
    }
}
