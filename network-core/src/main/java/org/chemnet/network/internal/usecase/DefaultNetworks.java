package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.chemnet.network.ImportOptions;
import org.chemnet.network.ImportSummary;
import org.chemnet.network.Network;
import org.chemnet.network.NetworkException;
import org.chemnet.network.NetworkExport;
import org.chemnet.network.NetworkGraph;
import org.chemnet.network.NetworkId;
import org.chemnet.network.NetworkImport;
import org.chemnet.network.Networks;
import org.chemnet.network.NotFoundException;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.NetworkValidationException;

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
        return context.change((tx, events) -> {
            if (tx.networks().find(graph.network().id()).isPresent()) {
                throw new NetworkException("network '" + graph.network().id() + "' is registered already");
            }
            NetworkImporter importer = new NetworkImporter(
                    tx, context.validator, ImportOptions.defaults(), LocalDate.now(context.clock), events, true);
            GraphFeed.feed(graph, importer);
            if (importer.refused() > 0) {
                throw new NetworkValidationException(importer.kept());
            }
            events.add(new ChangeEvent.NetworkRegistered(graph.network().id()));
            return graph;
        });
    }

    @Override
    public ImportSummary importNetwork(ImportOptions options, Consumer<NetworkImport> reader) {
        requireNonNull(options, "options");
        requireNonNull(reader, "reader");
        return context.changeOnce((tx, events) -> {
            NetworkImporter importer =
                    new NetworkImporter(tx, context.validator, options, LocalDate.now(context.clock), events, false);
            reader.accept(importer);
            NetworkId id = importer.networkId();
            if (importer.networkRefused() || (importer.refused() > 0 && !options.skipInvalidRecords())) {
                throw new NetworkValidationException(importer.kept());
            }
            events.add(new ChangeEvent.NetworkRegistered(id));
            return new ImportSummary(id, importer.stored(), importer.refused());
        });
    }

    @Override
    public Network update(NetworkId id, UnaryOperator<Network> change) {
        return change(VersionedRows.NETWORKS, id, change);
    }

    @Override
    public Organization save(Organization organization) {
        context.validator.check(organization);
        return context.change((tx, events) -> VersionedRows.ORGANIZATIONS.save(tx, organization));
    }

    @Override
    public Organization update(OrganizationId id, UnaryOperator<Organization> change) {
        return change(VersionedRows.ORGANIZATIONS, id, change);
    }

    @Override
    public Person save(Person person) {
        context.validator.check(person);
        return context.change((tx, events) -> VersionedRows.PERSONS.save(tx, person));
    }

    @Override
    public Person update(PersonId id, UnaryOperator<Person> change) {
        return change(VersionedRows.PERSONS, id, change);
    }

    @Override
    public void export(NetworkId id, NetworkExport into) {
        requireNonNull(id, "id");
        requireNonNull(into, "into");
        boolean found = context.store.read(r -> r.export(id, into));
        if (!found) {
            throw new NotFoundException("network", id);
        }
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

    /** Applies a change to what is stored, validated, again on what a writer who overtook it stored. */
    private <I, T> T change(VersionedRows<I, T> rows, I id, UnaryOperator<T> change) {
        requireNonNull(id, "id");
        requireNonNull(change, "change");
        return context.change((tx, events) -> rows.change(tx, id, change, context.validator::check));
    }
}
