package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.chemnet.network.Network;
import org.chemnet.network.NetworkException;
import org.chemnet.network.NetworkGraph;
import org.chemnet.network.NetworkId;
import org.chemnet.network.Networks;
import org.chemnet.network.NotFoundException;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.Versioned;

/** Registers networks, organizations and persons, and changes them. Not part of the API. */
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
        return context.changeOnce((tx, events) -> {
            if (tx.networks().find(graph.network().id()).isPresent()) {
                throw new NetworkException("network '" + graph.network().id() + "' is registered already");
            }
            tx.importGraph(graph);
            events.add(new ChangeEvent.NetworkRegistered(graph.network().id()));
            return graph;
        });
    }

    @Override
    public Network update(NetworkId id, UnaryOperator<Network> change) {
        requireNonNull(id, "id");
        requireNonNull(change, "change");
        return context.change((tx, events) -> {
            Versioned<Network> stored = tx.networks().find(id).orElseThrow(() -> new NotFoundException("network", id));
            Network changed = changed(stored.value(), change, id, Network::id);
            context.validator.check(changed);
            tx.networks().update(changed, stored.version());
            return changed;
        });
    }

    @Override
    public Organization save(Organization organization) {
        context.validator.check(organization);
        return context.change((tx, events) -> {
            Optional<Versioned<Organization>> stored = tx.organizations().find(organization.id());
            if (stored.isPresent()) {
                tx.organizations().update(organization, stored.get().version());
            } else {
                tx.organizations().insert(organization);
            }
            return organization;
        });
    }

    @Override
    public Organization update(OrganizationId id, UnaryOperator<Organization> change) {
        requireNonNull(id, "id");
        requireNonNull(change, "change");
        return context.change((tx, events) -> {
            Versioned<Organization> stored =
                    tx.organizations().find(id).orElseThrow(() -> new NotFoundException("organization", id));
            Organization changed = changed(stored.value(), change, id, Organization::id);
            context.validator.check(changed);
            tx.organizations().update(changed, stored.version());
            return changed;
        });
    }

    @Override
    public Person save(Person person) {
        context.validator.check(person);
        return context.change((tx, events) -> {
            Optional<Versioned<Person>> stored = tx.organizations().find(person.id());
            if (stored.isPresent()) {
                tx.organizations().update(person, stored.get().version());
            } else {
                tx.organizations().insert(person);
            }
            return person;
        });
    }

    @Override
    public Person update(PersonId id, UnaryOperator<Person> change) {
        requireNonNull(id, "id");
        requireNonNull(change, "change");
        return context.change((tx, events) -> {
            Versioned<Person> stored =
                    tx.organizations().find(id).orElseThrow(() -> new NotFoundException("person", id));
            Person changed = changed(stored.value(), change, id, Person::id);
            context.validator.check(changed);
            tx.organizations().update(changed, stored.version());
            return changed;
        });
    }

    @Override
    public List<NetworkId> ids() {
        return context.store.read(r -> r.networks().ids());
    }

    @Override
    public Optional<Network> network(NetworkId id) {
        return context.store.read(r -> r.networks().network(id));
    }

    @Override
    public Optional<NetworkGraph> graph(NetworkId id) {
        return context.store.read(r -> r.graph(id));
    }

    /** What a change made of a stored value, checked to keep its identifier. */
    private static <T, I> T changed(T stored, UnaryOperator<T> change, I id, java.util.function.Function<T, I> idOf) {
        T changed = requireNonNull(change.apply(stored), "the change returned null");
        if (!idOf.apply(changed).equals(id)) {
            throw new IllegalArgumentException(
                    "a change must keep the identifier " + id + ", but returned " + idOf.apply(changed));
        }
        return changed;
    }
}
