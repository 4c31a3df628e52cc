package org.chemnet.network.internal.usecase;

import java.util.List;
import java.util.Optional;
import org.chemnet.network.Network;
import org.chemnet.network.NetworkException;
import org.chemnet.network.NetworkGraph;
import org.chemnet.network.NetworkId;
import org.chemnet.network.Networks;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;

/** Registers networks, organizations and persons. Not part of the API. */
public final class DefaultNetworks implements Networks {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultNetworks(UseCases context) {
        this.context = context;
    }

    @Override
    public NetworkGraph register(NetworkGraph graph) {
        context.validator.check(graph);
        return context.change((tx, events) -> {
            if (tx.network(graph.network().id()).isPresent()) {
                throw new NetworkException("network '" + graph.network().id() + "' is registered already");
            }
            tx.importGraph(graph);
            events.add(new ChangeEvent.NetworkRegistered(graph.network().id()));
            return graph;
        });
    }

    @Override
    public Organization save(Organization organization) {
        context.validator.check(organization);
        return context.change((tx, events) -> {
            tx.putOrganization(organization);
            return organization;
        });
    }

    @Override
    public Person save(Person person) {
        context.validator.check(person);
        return context.change((tx, events) -> {
            tx.putPerson(person);
            return person;
        });
    }

    @Override
    public List<NetworkId> ids() {
        return context.store.read(r -> r.networks());
    }

    @Override
    public Optional<Network> network(NetworkId id) {
        return context.store.read(r -> r.network(id));
    }

    @Override
    public Optional<NetworkGraph> graph(NetworkId id) {
        return context.store.read(r -> r.graph(id));
    }
}
