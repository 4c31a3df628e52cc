package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.chemnet.network.graph.Network;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;

/**
 * The versioned rows that use cases save whole or change in part: how to find one with its version, insert one and
 * replace one with the version read. One place for "insert, or replace what was read" and "apply a change to what
 * is stored". Not part of the API.
 *
 * @param <I> the identifier's type
 * @param <T> the value's type
 */
interface VersionedRows<I, T> {
    /** Networks. */
    VersionedRows<NetworkId, Network> NETWORKS = of(
            "network",
            Network::id,
            (tx, id) -> tx.networks().find(id),
            (tx, n) -> tx.networks().insert(n),
            (tx, n, v) -> tx.networks().update(n, v));

    /** Organizations. */
    VersionedRows<OrganizationId, Organization> ORGANIZATIONS = of(
            "organization",
            Organization::id,
            (tx, id) -> tx.organizations().find(id),
            (tx, o) -> tx.organizations().insert(o),
            (tx, o, v) -> tx.organizations().update(o, v));

    /** Persons. */
    VersionedRows<PersonId, Person> PERSONS = of(
            "person",
            Person::id,
            (tx, id) -> tx.organizations().find(id),
            (tx, p) -> tx.organizations().insert(p),
            (tx, p, v) -> tx.organizations().update(p, v));

    /** Subscriptions. */
    VersionedRows<SubscriptionId, Subscription> SUBSCRIPTIONS = of(
            "subscription",
            Subscription::id,
            (tx, id) -> tx.subscriptions().find(id),
            (tx, s) -> tx.subscriptions().insert(s),
            (tx, s, v) -> tx.subscriptions().update(s, v));

    /** What the row is called in messages, such as {@code organization}. */
    String kind();

    /** The identifier of a value. */
    I idOf(T value);

    /** The stored value with its version. */
    Optional<Versioned<T>> find(StoreTransaction tx, I id);

    /** Inserts a new value. */
    void insert(StoreTransaction tx, T value);

    /** Replaces a value read at a version. */
    long update(StoreTransaction tx, T value, long expectedVersion);

    /**
     * Inserts a value, or replaces the stored one with the version read: a whole replacement, guarded so that a
     * writer who stored it in between makes this run again rather than be overwritten unseen.
     *
     * @param tx the transaction
     * @param value the value
     * @return the value
     */
    default T save(StoreTransaction tx, T value) {
        Optional<Versioned<T>> stored = find(tx, idOf(value));
        if (stored.isPresent()) {
            update(tx, value, stored.get().version());
        } else {
            insert(tx, value);
        }
        return value;
    }

    /**
     * Applies a change to the stored value, checks it, and stores it with the version it was applied to.
     *
     * @param tx the transaction
     * @param id the identifier
     * @param change the change, which must keep the identifier
     * @param check what the changed value must pass, such as validation
     * @return the changed value
     * @throws NotFoundException if nothing is stored under the identifier
     * @throws IllegalArgumentException if the change returns another identifier
     */
    default T change(StoreTransaction tx, I id, UnaryOperator<T> change, Consumer<T> check) {
        Versioned<T> stored = find(tx, id).orElseThrow(() -> new NotFoundException(kind(), id));
        T changed = requireNonNull(change.apply(stored.value()), "the change returned null");
        requireKept(id, idOf(changed));
        check.accept(changed);
        update(tx, changed, stored.version());
        return changed;
    }

    /**
     * Refuses a change that returned another identifier than the one it was applied to.
     *
     * @param id the identifier of what was changed
     * @param changed the identifier of what the change returned
     * @throws IllegalArgumentException if they differ
     */
    static void requireKept(Object id, Object changed) {
        if (!changed.equals(id)) {
            throw new IllegalArgumentException("a change must keep the identifier " + id + ", but returned " + changed);
        }
    }

    /** Finds a row with its version. */
    interface Finder<I, T> {
        Optional<Versioned<T>> find(StoreTransaction tx, I id);
    }

    /** Inserts a row. */
    interface Inserter<T> {
        void insert(StoreTransaction tx, T value);
    }

    /** Replaces a row. */
    interface Updater<T> {
        long update(StoreTransaction tx, T value, long expectedVersion);
    }

    private static <I, T> VersionedRows<I, T> of(
            String kind, Function<T, I> idOf, Finder<I, T> finder, Inserter<T> inserter, Updater<T> updater) {
        return new VersionedRows<>() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public I idOf(T value) {
                return idOf.apply(value);
            }

            @Override
            public Optional<Versioned<T>> find(StoreTransaction tx, I id) {
                return finder.find(tx, id);
            }

            @Override
            public void insert(StoreTransaction tx, T value) {
                inserter.insert(tx, value);
            }

            @Override
            public long update(StoreTransaction tx, T value, long expectedVersion) {
                return updater.update(tx, value, expectedVersion);
            }
        };
    }
}
