package org.chemnet.network;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.chemnet.network.access.Actor;
import org.chemnet.network.activity.Activities;
import org.chemnet.network.change.ChangeLog;
import org.chemnet.network.declaration.Declarations;
import org.chemnet.network.directory.Directory;
import org.chemnet.network.event.Events;
import org.chemnet.network.governance.Governance;
import org.chemnet.network.graph.Networks;
import org.chemnet.network.internal.usecase.UseCases;
import org.chemnet.network.membership.Participation;
import org.chemnet.network.membership.Partnerships;
import org.chemnet.network.newsletter.Newsletters;
import org.chemnet.network.organization.Organizations;
import org.chemnet.network.personaldata.PersonalData;
import org.chemnet.network.registration.Registrations;
import org.chemnet.network.spi.NetworkCodec;
import org.chemnet.network.spi.NetworkPlugin;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.validation.NetworkValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: a host builds one runtime, keeps it, and reaches every use case through it. There is no static
 * state: two runtimes in one JVM know nothing of each other.
 *
 * <pre>{@code
 * try (NetworkRuntime runtime = NetworkRuntime.builder()
 *         .plugin(new JdbcPlugin(dataSource))   // or nothing: the in-memory store
 *         .build()) {
 *     runtime.networks().register(graph);
 *     long count = runtime.participation().countOn(ParticipantQuery.of(networkId, LocalDate.of(2020, 3, 9)));
 * }
 * }</pre>
 *
 * <p>Built with nothing configured, it uses the in-memory store and the Bean Validation provider on the class path.
 * A runtime is thread-safe.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class NetworkRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkRuntime.class);

    private final NetworkStore store;
    private final NetworkValidator validator;
    private final boolean ownsValidator;
    private final List<NetworkPlugin> plugins;
    private final Map<String, NetworkCodec> codecs;
    private final UseCases context;
    private final String node;
    private final NetworkSession session;
    private final Optional<ScheduledExecutorService> deliveries;

    NetworkRuntime(NetworkRuntimeBuilder.Parts parts) {
        this.store = parts.store();
        this.validator = parts.validator();
        this.ownsValidator = parts.ownsValidator();
        this.plugins = parts.plugins();
        this.codecs = parts.codecs();
        this.node = parts.node();
        this.context = new UseCases(
                store,
                validator,
                parts.listeners(),
                parts.clock(),
                parts.mailer(),
                parts.outbox(),
                parts.bounces(),
                parts.signUps(),
                parts.tokens(),
                parts.notices(),
                parts.node(),
                parts.actor(),
                parts.policy(),
                parts.delivery(),
                parts.durableListeners());
        this.session = new NetworkSession(context);
        this.deliveries = parts.deliverEvery().map(this::startDeliveries);
        LOG.debug(
                "Network runtime started with store {}, {} plugin(s), codecs {}",
                store.getClass().getName(),
                plugins.size(),
                codecs.keySet());
    }

    /**
     * Starts building a runtime.
     *
     * @return a builder; never null
     */
    public static NetworkRuntimeBuilder builder() {
        return new NetworkRuntimeBuilder();
    }

    /**
     * Registering networks, organizations and persons, and reading whole networks back.
     *
     * @return the use cases; never null
     */
    public Networks networks() {
        return session.networks();
    }

    /**
     * Reading single records, lists and pages of them, and searching organizations by name.
     *
     * @return the use cases; never null
     * @since 0.3.0
     */
    public Directory directory() {
        return session.directory();
    }

    /**
     * Organizations over time: renamed, merged, split up, dissolved, and their names on a day.
     *
     * @return the use cases; never null
     * @since 0.3.0
     */
    public Organizations organizations() {
        return session.organizations();
    }

    /**
     * Applications, decisions, withdrawals, suspensions, and who took part on a day.
     *
     * @return the use cases; never null
     */
    public Participation participation() {
        return session.participation();
    }

    /**
     * Board seats, the chair, the secretariat and its hand-overs.
     *
     * @return the use cases; never null
     */
    public Governance governance() {
        return session.governance();
    }

    /**
     * Activities added, changed and retired, and those a network runs on a day.
     *
     * @return the use cases; never null
     * @since 0.3.0
     */
    public Activities activities() {
        return session.activities();
    }

    /**
     * Partners allied and partnerships ended, and the partners of a day.
     *
     * @return the use cases; never null
     * @since 0.3.0
     */
    public Partnerships partnerships() {
        return session.partnerships();
    }

    /**
     * Meetings and summits.
     *
     * @return the use cases; never null
     */
    public Events events() {
        return session.events();
    }

    /**
     * Registration for events and seminars: places, waitlists, cancellations, attendance.
     *
     * @return the use cases; never null
     * @since 0.5.0
     */
    public Registrations registrations() {
        return session.registrations();
    }

    /**
     * People of organizations: affiliations of persons with organizations in a role, and who heads one on a day.
     *
     * @return the use cases; never null
     * @since 0.5.0
     */
    public org.chemnet.network.affiliation.Affiliations affiliations() {
        return session.affiliations();
    }

    /**
     * Board decisions: motions, votes of the seats sitting on a motion's day, and outcomes.
     *
     * @return the use cases; never null
     * @since 0.5.0
     */
    public org.chemnet.network.decision.Decisions decisions() {
        return session.decisions();
    }

    /**
     * Declarations and their endorsements.
     *
     * @return the use cases; never null
     */
    public Declarations declarations() {
        return session.declarations();
    }

    /**
     * Subscriptions, issues and the outbox.
     *
     * @return the use cases; never null
     */
    public Newsletters newsletters() {
        return session.newsletters();
    }

    /**
     * Bounces, holds and the suppression list of mail addresses.
     *
     * @return the use cases; never null
     * @since 0.6.0
     */
    public org.chemnet.network.deliverability.Deliverability deliverability() {
        return session.deliverability();
    }

    /**
     * The consent ledger.
     *
     * @return the use cases; never null
     * @since 0.6.0
     */
    public org.chemnet.network.consent.ConsentLedger consents() {
        return session.consents();
    }

    /**
     * Export and erasure of a person's data.
     *
     * @return the use cases; never null
     */
    public PersonalData personalData() {
        return session.personalData();
    }

    /**
     * The audit log, and the delivery of its changes to durable listeners.
     *
     * @return the use cases; never null
     * @since 0.4.0
     */
    public ChangeLog changes() {
        return session.changes();
    }

    /**
     * The use cases on behalf of an actor: recorded with every change they make, and asked about by the access
     * policy. The runtime's own accessors act on behalf of the actor the builder was given
     * ({@link NetworkRuntimeBuilder#actor(Actor)}, by default the system job {@code host}).
     *
     * @param actor who acts
     * @return the use cases; never null
     * @since 0.4.0
     */
    public NetworkSession as(Actor actor) {
        return new NetworkSession(context.as(requireNonNull(actor, "actor")));
    }

    /**
     * The validator in use.
     *
     * @return the validator; never null
     */
    public NetworkValidator validator() {
        return validator;
    }

    /**
     * The codec of a format, if a plugin contributed one.
     *
     * @param format the format's name, such as {@code json}
     * @return the codec; never null
     */
    public Optional<NetworkCodec> codec(String format) {
        return Optional.ofNullable(codecs.get(requireNonNull(format, "format")));
    }

    /**
     * The plugins installed, in the order they were installed.
     *
     * @return the plugins; never null
     */
    public List<NetworkPlugin> plugins() {
        return plugins;
    }

    @SuppressWarnings("FutureReturnValueIgnored") // the task catches what it throws; close() shuts it down
    private ScheduledExecutorService startDeliveries(Duration every) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chemnet-change-delivery-" + node);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        session.changes().deliverPending();
                    } catch (RuntimeException | Error e) {
                        // Caught whatever it is: an exception escaping here would end the schedule for good.
                        LOG.warn("Delivering changes to durable listeners failed; it is tried again in {}", every, e);
                    }
                },
                0,
                every.toMillis(),
                TimeUnit.MILLISECONDS);
        return executor;
    }

    /**
     * Stops delivering changes (a delivery under way stops after the change it is at, and is waited for up to twenty
     * seconds), then closes the plugins, in reverse order, and the validator if the runtime created it.
     */
    @Override
    public void close() {
        context.close();
        deliveries.ifPresent(executor -> {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                    if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                        LOG.warn("A durable listener did not return within 20 seconds of close(); it keeps running");
                    }
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        });
        for (int i = plugins.size() - 1; i >= 0; i--) {
            NetworkPlugin plugin = plugins.get(i);
            try {
                plugin.close();
            } catch (RuntimeException e) {
                LOG.warn("Plugin {} failed to close", plugin.id(), e);
            }
        }
        if (ownsValidator) {
            validator.close();
        }
    }
}
