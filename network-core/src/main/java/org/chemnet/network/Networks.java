package org.chemnet.network;

import java.util.List;
import java.util.Optional;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * Registering networks, organizations and people, and reading whole networks back.
 *
 * <p>Get it from {@link NetworkRuntime#networks()}.
 *
 * @since 0.1.0
 */
public interface Networks {
    /**
     * Registers a whole network with everything in it, validated first: all or nothing.
     *
     * @param graph the network
     * @return the graph as given; never null
     * @throws NetworkValidationException with every violation, if the graph is not valid; nothing is stored then
     * @throws NetworkException if a network with its identifier is stored already
     */
    NetworkGraph register(NetworkGraph graph);

    /**
     * Stores an organization, or replaces it, validated first.
     *
     * @param organization the organization
     * @return the organization; never null
     * @throws NetworkValidationException if it is not valid
     */
    Organization save(Organization organization);

    /**
     * Stores a person, or replaces them, validated first.
     *
     * @param person the person
     * @return the person; never null
     * @throws NetworkValidationException if it is not valid
     */
    Person save(Person person);

    /**
     * The identifiers of every stored network.
     *
     * @return the identifiers; never null
     */
    List<NetworkId> ids();

    /**
     * A network.
     *
     * @param id the network
     * @return the network, if stored; never null
     */
    Optional<Network> network(NetworkId id);

    /**
     * A whole network with everything that belongs to it.
     *
     * @param id the network
     * @return the graph, if stored; never null
     */
    Optional<NetworkGraph> graph(NetworkId id);
}
