package org.chemnet.network.memory;

import java.util.List;
import java.util.Optional;
import org.chemnet.network.graph.Network;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.spi.NetworkPort;
import org.chemnet.network.spi.Versioned;

/** Networks of an in-memory store. */
final class MemoryNetworks implements NetworkPort {
    private final MemoryTransaction tx;

    MemoryNetworks(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public List<NetworkId> ids() {
        return List.copyOf(tx.data.networks.keySet());
    }

    @Override
    public Optional<Versioned<Network>> find(NetworkId id) {
        return Optional.ofNullable(tx.data.networks.get(id));
    }

    @Override
    public void insert(Network network) {
        Versions.insert(tx, tx.data.networks, network.id(), network, "network");
    }

    @Override
    public long update(Network network, long expectedVersion) {
        return Versions.update(tx, tx.data.networks, network.id(), network, expectedVersion, "network");
    }

    /** Versioned inserts and updates of a map, as every versioned port of the in-memory store makes them. */
    static final class Versions {
        private Versions() {}

        static <K, V> void insert(
                MemoryTransaction tx, java.util.Map<K, Versioned<V>> map, K key, V value, String kind) {
            if (map.containsKey(key)) {
                throw new ConcurrentUpdateException(
                        kind + " '" + key + "' is stored already: another writer stored it first");
            }
            tx.put(map, key, new Versioned<>(value, 1));
        }

        static <K, V> long update(
                MemoryTransaction tx,
                java.util.Map<K, Versioned<V>> map,
                K key,
                V value,
                long expectedVersion,
                String kind) {
            Versioned<V> current = map.get(key);
            if (current == null) {
                throw new NotFoundException(kind, key);
            }
            if (current.version() != expectedVersion) {
                throw new ConcurrentUpdateException(kind, key, expectedVersion);
            }
            tx.put(map, key, new Versioned<>(value, expectedVersion + 1));
            return expectedVersion + 1;
        }
    }
}
