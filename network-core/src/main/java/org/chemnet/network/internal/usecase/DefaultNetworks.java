package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.graph.ImportOptions;
import org.chemnet.network.graph.ImportSummary;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.graph.NetworkImport;
import org.chemnet.network.graph.Networks;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;

/** Registers networks, organizations and persons, and changes them. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
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
        NetworkImporter[] running = new NetworkImporter[1];
        try {
            return context.change((tx, events) -> {
                context.authorize(
                        Action.REGISTER_NETWORK,
                        EntityKind.NETWORK,
                        graph.network().id(),
                        graph.network().id());
                if (tx.networks().find(graph.network().id()).isPresent()) {
                    throw new NetworkException("network '" + graph.network().id() + "' is registered already");
                }
                NetworkImporter importer = new NetworkImporter(
                        tx,
                        context.validator,
                        ImportOptions.defaults(),
                        LocalDate.now(context.clock),
                        events,
                        true,
                        context::authorize);
                running[0] = importer;
                GraphFeed.feed(graph, importer);
                if (importer.refused() > 0) {
                    throw new NetworkValidationException(importer.kept());
                }
                events.add(new ChangeEvent.NetworkRegistered(graph.network().id()));
                return graph;
            });
        } catch (NetworkStorageException | ConcurrentUpdateException e) {
            throw refusedIfRaced(running[0], e);
        }
    }

    @Override
    public ImportSummary importNetwork(ImportOptions options, Consumer<NetworkImport> reader) {
        requireNonNull(options, "options");
        requireNonNull(reader, "reader");
        NetworkImporter[] running = new NetworkImporter[1];
        try {
            return context.changeOnce((tx, events) -> {
                NetworkImporter importer = new NetworkImporter(
                        tx,
                        context.validator,
                        options,
                        LocalDate.now(context.clock),
                        events,
                        false,
                        context::authorize);
                running[0] = importer;
                reader.accept(importer);
                NetworkId id = importer.networkId();
                if (importer.networkRefused() || (importer.refused() > 0 && !options.skipInvalidRecords())) {
                    throw new NetworkValidationException(importer.kept());
                }
                ImportSummary summary = new ImportSummary(id, importer.stored(), importer.refused());
                events.add(new ChangeEvent.NetworkImported(summary));
                return summary;
            });
        } catch (NetworkStorageException | ConcurrentUpdateException e) {
            throw refusedIfRaced(running[0], e);
        }
    }

    /**
     * What a registration or import that failed on a write tells its caller: if another writer stored identifiers of
     * the chunk it was writing between its question to the store and its write (the only way a new network's write
     * meets a stored identifier), those records refused, as they would have been a moment later; else the failure.
     * Nothing was stored either way: the transaction rolled back.
     */
    private RuntimeException refusedIfRaced(NetworkImporter importer, RuntimeException failure) {
        if (importer == null) {
            return failure;
        }
        List<Violation> taken;
        try {
            taken = context.store.read(importer::takenMeanwhile);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            return failure;
        }
        if (taken.isEmpty()) {
            return failure;
        }
        NetworkValidationException refused = new NetworkValidationException(taken);
        refused.initCause(failure);
        return refused;
    }

    @Override
    public Network update(NetworkId id, UnaryOperator<Network> change) {
        return change(
                VersionedRows.NETWORKS,
                id,
                change,
                () -> context.authorize(Action.UPDATE_NETWORK, EntityKind.NETWORK, id, id),
                ChangeEvent.NetworkUpdated::new);
    }

    @Override
    public Organization save(Organization organization) {
        context.validator.check(organization);
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_ORGANIZATION, EntityKind.ORGANIZATION, organization.id());
            tx.organizations()
                    .find(organization.id())
                    .ifPresent(stored -> OrganizationHistory.requireUnchanged(stored.value(), organization));
            Organization saved = VersionedRows.ORGANIZATIONS.save(tx, organization);
            events.add(new ChangeEvent.OrganizationSaved(saved));
            return saved;
        });
    }

    @Override
    public Organization update(OrganizationId id, UnaryOperator<Organization> change) {
        requireNonNull(change, "change");
        return change(
                VersionedRows.ORGANIZATIONS,
                id,
                stored -> {
                    Organization changed = change.apply(stored);
                    if (changed != null) {
                        OrganizationHistory.requireUnchanged(stored, changed);
                    }
                    return changed;
                },
                () -> context.authorize(Action.CHANGE_ORGANIZATION, EntityKind.ORGANIZATION, id),
                (before, after) -> new ChangeEvent.OrganizationChanged(before, after, LocalDate.now(context.clock)));
    }

    @Override
    public Person save(Person person) {
        context.validator.check(person);
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_PERSON, EntityKind.PERSON, person.id());
            Person saved = VersionedRows.PERSONS.save(tx, person);
            events.add(new ChangeEvent.PersonSaved(saved));
            return saved;
        });
    }

    @Override
    public Person update(PersonId id, UnaryOperator<Person> change) {
        return change(
                VersionedRows.PERSONS,
                id,
                change,
                () -> context.authorize(Action.CHANGE_PERSON, EntityKind.PERSON, id),
                (before, after) -> new ChangeEvent.PersonChanged(before, after, LocalDate.now(context.clock)));
    }

    @Override
    public void export(NetworkId id, NetworkExport into) {
        requireNonNull(id, "id");
        requireNonNull(into, "into");
        context.authorizeRead(Action.READ_PERSONAL_DATA, EntityKind.NETWORK, id, id);
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
        requireNonNull(id, "id");
        context.authorizeRead(Action.READ_PERSONAL_DATA, EntityKind.NETWORK, id, id);
        return context.store.read(r -> r.graph(id));
    }

    /**
     * Applies a change to what is stored, validated, again on what a writer who overtook it stored, once the access
     * policy let it; raises the event of the change.
     */
    private <I, T> T change(
            VersionedRows<I, T> rows,
            I id,
            UnaryOperator<T> change,
            Runnable authorize,
            BiFunction<T, T, ChangeEvent> event) {
        requireNonNull(id, "id");
        requireNonNull(change, "change");
        return context.change((tx, events) -> {
            authorize.run();
            AtomicReference<T> before = new AtomicReference<>();
            T after = rows.change(
                    tx,
                    id,
                    stored -> {
                        before.set(stored);
                        return change.apply(stored);
                    },
                    context.validator::check);
            events.add(event.apply(before.get(), after));
            return after;
        });
    }
}
