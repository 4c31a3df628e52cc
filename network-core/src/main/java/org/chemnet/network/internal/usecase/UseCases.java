package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.chemnet.network.NetworkId;
import org.chemnet.network.NotFoundException;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.change.ChangeListener;
import org.chemnet.network.internal.UnsubscribeTokens;
import org.chemnet.network.newsletter.OutboxSettings;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.Mailer;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.StoreReader;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.validation.NetworkValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every use case needs: the store, the validator, the listeners, a clock and the mailer. Not part of the API. */
public final class UseCases {
    private static final Logger LOG = LoggerFactory.getLogger(UseCases.class);

    final NetworkStore store;
    final NetworkValidator validator;
    final Clock clock;
    final Optional<Mailer> mailer;
    final OutboxSettings outbox;
    final Optional<UnsubscribeTokens> tokens;
    final boolean notices;
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
     * @param tokens the signer of unsubscribe tokens, if a secret is configured
     * @param notices true to record membership notices for contacts
     */
    public UseCases(
            NetworkStore store,
            NetworkValidator validator,
            List<ChangeListener> listeners,
            Clock clock,
            Optional<Mailer> mailer,
            OutboxSettings outbox,
            Optional<UnsubscribeTokens> tokens,
            boolean notices) {
        this.store = requireNonNull(store, "store");
        this.validator = requireNonNull(validator, "validator");
        this.listeners = List.copyOf(listeners);
        this.clock = requireNonNull(clock, "clock");
        this.mailer = requireNonNull(mailer, "mailer");
        this.outbox = requireNonNull(outbox, "outbox");
        this.tokens = requireNonNull(tokens, "tokens");
        this.notices = notices;
    }

    /**
     * Runs a change in one transaction, then tells the listeners of the events it raised, once it is stored.
     *
     * @param work the change: reads and writes through the transaction, adds events to the list
     * @param <T> what it returns
     * @return what it returned
     */
    <T> T change(BiFunction<StoreTransaction, List<ChangeEvent>, T> work) {
        List<ChangeEvent> events = new ArrayList<>();
        T result = store.inTransaction(tx -> {
            events.clear();
            return work.apply(tx, events);
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

    static void requireNetwork(StoreReader tx, NetworkId network) {
        if (tx.network(network).isEmpty()) {
            throw new NotFoundException("network", network);
        }
    }

    static void requireOrganization(StoreReader tx, OrganizationId organization) {
        if (tx.organization(organization).isEmpty()) {
            throw new NotFoundException("organization", organization);
        }
    }

    static void requirePerson(StoreReader tx, PersonId person) {
        if (tx.person(person).isEmpty()) {
            throw new NotFoundException("person", person);
        }
    }
}
