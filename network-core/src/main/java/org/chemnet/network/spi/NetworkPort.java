package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.graph.Network;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;

/**
 * The store port for networks and their membership policy. Its contract suite is {@code NetworkPortContract}.
 *
 * @since 0.2.0
 */
@API(status = STABLE, since = "0.2.0")
public interface NetworkPort {
    /**
     * The identifiers of every stored network.
     *
     * @return the identifiers, in order; never null
     */
    List<NetworkId> ids();

    /**
     * A network with its version.
     *
     * @param id its identifier
     * @return the network, if stored; never null
     */
    Optional<Versioned<Network>> find(NetworkId id);

    /**
     * A network.
     *
     * @param id its identifier
     * @return the network, if stored; never null
     */
    default Optional<Network> network(NetworkId id) {
        return find(id).map(Versioned::value);
    }

    /**
     * Inserts a new network, at version 1.
     *
     * @param network the network
     * @throws ConcurrentUpdateException if a network with its identifier is stored already
     */
    void insert(Network network);

    /**
     * Replaces a network (its name, purpose, policy and everything else it holds) if nobody changed it since it was
     * read.
     *
     * @param network the network
     * @param expectedVersion the version that was read
     * @return the new version
     * @throws ConcurrentUpdateException if the stored version is not the one expected
     * @throws org.chemnet.network.kernel.NotFoundException if the network is not stored
     */
    long update(Network network, long expectedVersion);
}
