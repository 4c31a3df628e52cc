package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;
import org.apiguardian.api.API;
import org.chemnet.network.access.AccessDeniedException;
import org.chemnet.network.access.AccessPolicy;
import org.chemnet.network.access.AccessRequest;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.Actor;
import org.chemnet.network.access.ActorKind;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.change.ChangeDeliverySettings;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.change.ChangeListener;
import org.chemnet.network.change.DurableListener;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.newsletter.OutboxSettings;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.Mailer;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.NewChange;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.NetworkValidator;
import org.chemnet.network.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every use case needs: the store, the validator, the listeners, a clock, the mailer, the actor and the access
 * policy. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class UseCases {
    private static final Logger LOG = LoggerFactory.getLogger(UseCases.class);

    /**
     * How many times a change runs at most when other writers keep overtaking it: each run reads afresh, decides
     * afresh and writes with the versions it read, so a run that loses a race stores nothing and the next one sees
     * what the winner stored. A run loses only to another writer's committed change, so with up to this many writers
     * changing one record at once, every change gets through.
     */
    static final int ATTEMPTS = 16;

    final NetworkStore store;
    final NetworkValidator validator;
    final Clock clock;
    final Optional<Mailer> mailer;
    final OutboxSettings outbox;
    final org.chemnet.network.deliverability.BounceSettings bounces;
    final org.chemnet.network.newsletter.SignUpSettings signUps;
    final Optional<UnsubscribeTokens> tokens;
    final boolean notices;
    final String node;
    final Actor actor;
    final AccessPolicy policy;
    final ChangeDeliverySettings delivery;
    final List<DurableListener> durableListeners;
    /** Set once the runtime closes: deliveries under way stop after the change they are at. */
    final AtomicBoolean closing;

    private final List<ChangeListener> listeners;

    /**
     * Creates the context.
     *
     * @param store the store
     * @param validator the validator
     * @param listeners the change listeners, in order
     * @param clock the clock of the outbox
     * @param mailer the mailer, if any
     * @param outbox the outbox settings
     * @param bounces the bounce settings
     * @param signUps the sign-up settings
     * @param tokens the signer of unsubscribe tokens, if a secret is configured
     * @param notices true to record membership notices for contacts
     * @param node the name of this runtime among the nodes sharing its store, the owner of its outbox claims
     * @param actor on whose behalf the use cases run
     * @param policy who may do what
     * @param delivery how changes are handed to durable listeners
     * @param durableListeners the durable listeners, in order
     */
    public UseCases(
            NetworkStore store,
            NetworkValidator validator,
            List<ChangeListener> listeners,
            Clock clock,
            Optional<Mailer> mailer,
            OutboxSettings outbox,
            org.chemnet.network.deliverability.BounceSettings bounces,
            org.chemnet.network.newsletter.SignUpSettings signUps,
            Optional<UnsubscribeTokens> tokens,
            boolean notices,
            String node,
            Actor actor,
            AccessPolicy policy,
            ChangeDeliverySettings delivery,
            List<DurableListener> durableListeners) {
        this.store = requireNonNull(store, "store");
        this.validator = requireNonNull(validator, "validator");
        this.listeners = List.copyOf(listeners);
        this.clock = requireNonNull(clock, "clock");
        this.mailer = requireNonNull(mailer, "mailer");
        this.outbox = requireNonNull(outbox, "outbox");
        this.bounces = requireNonNull(bounces, "bounces");
        this.signUps = requireNonNull(signUps, "signUps");
        this.tokens = requireNonNull(tokens, "tokens");
        this.notices = notices;
        this.node = requireNonNull(node, "node");
        this.actor = requireNonNull(actor, "actor");
        this.policy = requireNonNull(policy, "policy");
        this.delivery = requireNonNull(delivery, "delivery");
        this.durableListeners = List.copyOf(durableListeners);
        this.closing = new AtomicBoolean();
    }

    private UseCases(UseCases other, Actor actor) {
        this.store = other.store;
        this.validator = other.validator;
        this.listeners = other.listeners;
        this.clock = other.clock;
        this.mailer = other.mailer;
        this.outbox = other.outbox;
        this.bounces = other.bounces;
        this.signUps = other.signUps;
        this.tokens = other.tokens;
        this.notices = other.notices;
        this.node = other.node;
        this.actor = requireNonNull(actor, "actor");
        this.policy = other.policy;
        this.delivery = other.delivery;
        this.durableListeners = other.durableListeners;
        this.closing = other.closing;
    }

    /**
     * The signer of the tokens of links (unsubscribe, way back, confirmation).
     *
     * @return the signer
     * @throws IllegalStateException if the runtime has no unsubscribe secret
     */
    UnsubscribeTokens requireTokens() {
        return tokens.orElseThrow(() -> new IllegalStateException(
                "no unsubscribe secret is configured: set one with NetworkRuntime.builder().unsubscribeSecret(...)"));
    }

    /** Tells deliveries under way, on this context and those made from it with {@link #as(Actor)}, to stop. */
    public void close() {
        closing.set(true);
    }

    /**
     * The same use cases, on behalf of another actor.
     *
     * @param other the actor
     * @return a context like this one; never null
     */
    public UseCases as(Actor other) {
        return new UseCases(this, other);
    }

    /**
     * Asks the access policy whether the actor may take an action, inside the transaction of the use case and before
     * it stores anything.
     *
     * @throws AccessDeniedException if the policy denies it
     */
    void authorize(Action action, EntityRef target, Optional<NetworkId> network) {
        AccessRequest request = new AccessRequest(actor, action, target, network);
        if (!policy.permits(request)) {
            LOG.debug("Access denied: {}", request);
            throw new AccessDeniedException(request);
        }
    }

    /**
     * As {@link #authorize(Action, EntityRef, Optional)}, for a read outside any change: a board member is then also
     * asked whether they sit today, as every change on their behalf asks.
     */
    void authorizeRead(Action action, EntityRef target, Optional<NetworkId> network) {
        authorize(action, target, network);
        requireSeatedNow();
    }

    /**
     * As {@link #authorizeRead(Action, EntityRef, Optional)}, for reading the subscribers of a newsletter (their
     * addresses are personal data), of the newsletter's network where it is stored.
     */
    void authorizeReadOfSubscribers(ActivityId newsletter) {
        authorizeRead(
                Action.READ_PERSONAL_DATA, EntityRef.of(EntityKind.ACTIVITY, newsletter), store.read(r -> r.content()
                        .networkOfActivity(newsletter)));
    }

    /** As {@link #authorizeRead(Action, EntityRef, Optional)}, for a target of a network. */
    void authorizeRead(Action action, EntityKind kind, Object id, NetworkId network) {
        authorizeRead(action, EntityRef.of(kind, id), Optional.of(network));
    }

    /** As {@link #authorizeRead(Action, EntityRef, Optional)}, for a target that networks share. */
    void authorizeRead(Action action, EntityKind kind, Object id) {
        authorizeRead(action, EntityRef.of(kind, id), Optional.empty());
    }

    /** As {@link #authorize(Action, EntityRef, Optional)}, for a target of a network. */
    void authorize(Action action, EntityKind kind, Object id, NetworkId network) {
        authorize(action, EntityRef.of(kind, id), Optional.of(network));
    }

    /** As {@link #authorize(Action, EntityRef, Optional)}, for a target that networks share. */
    void authorize(Action action, EntityKind kind, Object id) {
        authorize(action, EntityRef.of(kind, id), Optional.empty());
    }

    /**
     * Runs a change in one transaction, then tells the listeners of the events it raised, once it is stored. A run
     * that another writer overtook ({@link ConcurrentUpdateException}) stored nothing and runs again, reading afresh,
     * up to {@value #ATTEMPTS} times in all, after a short random pause that grows with each attempt; the last
     * attempt's exception reaches the caller.
     *
     * @param work the change: reads and writes through the transaction, adds events to the list; it may run more
     *     than once, so it has no effect outside the transaction
     * @param <T> what it returns
     * @return what it returned
     */
    <T> T change(BiFunction<StoreTransaction, List<ChangeEvent>, T> work) {
        return retrying(work, true);
    }

    private <T> T retrying(BiFunction<StoreTransaction, List<ChangeEvent>, T> work, boolean askSeated) {
        for (int attempt = 1; ; attempt++) {
            try {
                return changeOnce(work, askSeated);
            } catch (ConcurrentUpdateException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.debug(
                        "A change lost a race (attempt {} of {}) and runs again: {}",
                        attempt,
                        ATTEMPTS,
                        e.getMessage());
                long pauseMicros = ThreadLocalRandom.current().nextLong(100, 2_000L * attempt);
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(pauseMicros));
            }
        }
    }

    /**
     * Runs a change in one transaction, once, then tells the listeners of the events it raised.
     *
     * @param work the change
     * @param <T> what it returns
     * @return what it returned
     */
    <T> T changeOnce(BiFunction<StoreTransaction, List<ChangeEvent>, T> work) {
        return changeOnce(work, true);
    }

    /**
     * Records what the outbox did: as {@link #change}, but without asking again whether a board member sits, which the
     * run that claimed the mail asked already (a mail sent is recorded whatever happened since). A run overtaken by
     * another writer (a bounce's hold racing a change of a subscription) stored nothing, its claim still held, and
     * runs again.
     */
    <T> T outboxChange(BiFunction<StoreTransaction, List<ChangeEvent>, T> work) {
        return retrying(work, false);
    }

    private <T> T changeOnce(BiFunction<StoreTransaction, List<ChangeEvent>, T> work, boolean askSeated) {
        List<ChangeEvent> events = new ArrayList<>();
        T result = store.inTransaction(tx -> {
            events.clear();
            if (askSeated) {
                requireSeated(tx);
            }
            T done = work.apply(tx, events);
            record(tx, events);
            return done;
        });
        for (ChangeEvent event : events) {
            for (ChangeListener listener : listeners) {
                try {
                    listener.on(event);
                } catch (RuntimeException e) {
                    LOG.warn(
                            "Change listener {} failed on {}; the change is stored and other listeners are told",
                            listener.getClass().getName(),
                            event.getClass().getSimpleName(),
                            e);
                }
            }
        }
        return result;
    }

    /**
     * For a board member: that they represent a seat of their network's board today, by this runtime's clock; every
     * change and every read of the audit log on their behalf asks it first, in its own transaction.
     *
     * @throws AccessDeniedException if they do not
     */
    void requireSeated(StoreTransaction tx) {
        if (actor.kind() != ActorKind.BOARD_MEMBER || actor.network().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        NetworkId network = actor.network().get();
        boolean seated = Sittings.sits(tx, network, actor.person(), today);
        if (!seated) {
            throw new AccessDeniedException(
                    actor, "represents no seat of the board of network " + network.value() + " on " + today);
        }
    }

    /**
     * As {@link #requireSeated(StoreTransaction)}, in a read of its own, for work that runs in several transactions
     * (the outbox): a read only for a board member, nothing for any other actor.
     */
    void requireSeatedNow() {
        if (actor.kind() == ActorKind.BOARD_MEMBER) {
            store.read(r -> {
                requireSeated(r);
                return true;
            });
        }
    }

    /**
     * Appends the events a transaction raised to its change log, with the actor and the time: the last thing a
     * transaction does.
     */
    private void record(StoreTransaction tx, List<ChangeEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Set<PersonId> erased = new HashSet<>();
        for (ChangeEvent event : events) {
            if (event instanceof ChangeEvent.PersonalDataErased e) {
                erased.add(e.person());
            }
        }
        Instant now = clock.instant();
        List<NewChange> entries = new ArrayList<>(events.size());
        for (ChangeEvent event : events) {
            entries.add(ChangeRecords.of(tx, event, actor, now, erased));
        }
        tx.changes().append(entries);
        // Appending orders this transaction after any erasure that committed meanwhile: a person it erased is not
        // named by what was just recorded on their behalf.
        actor.person()
                .filter(p -> !erased.contains(p))
                .filter(p ->
                        tx.organizations().person(p).filter(Person::isErased).isPresent())
                .ifPresent(p -> tx.changes().redact(p));
    }

    /**
     * Refuses a record of another network than the one a use case acts in: a vote on another network's motion, an
     * edition from another network's events.
     *
     * @param field the argument that names the record
     * @param network the network acted in
     * @param actual the record's network
     * @param what the record, in words, such as {@code motion m1}
     * @throws NetworkValidationException naming the field and the rule {@code SameNetwork}
     */
    static void requireSameNetwork(String field, NetworkId network, NetworkId actual, String what) {
        if (!network.equals(actual)) {
            throw new NetworkValidationException(List.of(
                    new Violation(field, "SameNetwork", RuleMessages.format("SameNetwork", network, what, actual))));
        }
    }

    static void requireNetwork(StoreTransaction tx, NetworkId network) {
        if (tx.networks().network(network).isEmpty()) {
            throw new NotFoundException("network", network);
        }
    }

    /** The stored organization with its version; {@link NotFoundException} if it is not stored. */
    static Versioned<Organization> requireOrganization(StoreTransaction tx, OrganizationId organization) {
        return tx.organizations()
                .find(organization)
                .orElseThrow(() -> new NotFoundException("organization", organization));
    }

    static void requirePerson(StoreTransaction tx, PersonId person) {
        if (tx.organizations().find(person).isEmpty()) {
            throw new NotFoundException("person", person);
        }
    }
}
