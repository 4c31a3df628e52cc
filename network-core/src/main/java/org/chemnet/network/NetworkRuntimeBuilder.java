package org.chemnet.network;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.chemnet.network.access.AccessPolicy;
import org.chemnet.network.access.Actor;
import org.chemnet.network.change.ChangeDeliverySettings;
import org.chemnet.network.change.ChangeListener;
import org.chemnet.network.change.DurableListener;
import org.chemnet.network.internal.usecase.UnsubscribeTokens;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.newsletter.OutboxSettings;
import org.chemnet.network.spi.Mailer;
import org.chemnet.network.spi.NetworkCodec;
import org.chemnet.network.spi.NetworkPlugin;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.PluginContext;
import org.chemnet.network.validation.NetworkValidator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link NetworkRuntime}. Every setter rejects null. A store and a mailer can each be set once, by the
 * builder or by one plugin: a second is refused, naming both, rather than one silently winning.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class NetworkRuntimeBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkRuntimeBuilder.class);

    private @Nullable NetworkValidator validator;
    private Clock clock = Clock.systemUTC();
    private OutboxSettings outbox = OutboxSettings.defaults();
    private org.chemnet.network.deliverability.BounceSettings bounces =
            org.chemnet.network.deliverability.BounceSettings.defaults();
    private org.chemnet.network.newsletter.SignUpSettings signUps =
            org.chemnet.network.newsletter.SignUpSettings.defaults();
    private String node = "node-" + java.util.UUID.randomUUID();
    private Optional<UnsubscribeTokens> tokens = Optional.empty();
    private final List<byte[]> retiredSecrets = new ArrayList<>();
    private Optional<Boolean> notices = Optional.empty();
    private Actor actor = Actor.system("host");
    private AccessPolicy policy = AccessPolicy.standard();
    private ChangeDeliverySettings delivery = ChangeDeliverySettings.defaults();
    private Optional<Duration> deliverEvery = Optional.empty();
    private final List<NetworkPlugin> plugins = new ArrayList<>();
    private final Slots slots = new Slots();

    NetworkRuntimeBuilder() {}

    /**
     * Uses a validator, such as one over the host's own {@code ValidatorFactory}. By default, one over the Bean
     * Validation provider on the class path, closed with the runtime.
     *
     * @param value the validator
     * @return this builder
     */
    public NetworkRuntimeBuilder validator(NetworkValidator value) {
        this.validator = requireNonNull(value, "validator");
        return this;
    }

    /**
     * Uses a store. By default, an {@link InMemoryNetworkStore}.
     *
     * @param value the store
     * @return this builder
     * @throws NetworkException if a store is set already
     */
    public NetworkRuntimeBuilder store(NetworkStore value) {
        slots.store(value, "NetworkRuntimeBuilder.store(...)");
        return this;
    }

    /**
     * Uses a mailer for the outbox. By default, none: issues are recorded but not sent.
     *
     * @param value the mailer
     * @return this builder
     * @throws NetworkException if a mailer is set already
     */
    public NetworkRuntimeBuilder mailer(Mailer value) {
        slots.mailer(value, "NetworkRuntimeBuilder.mailer(...)");
        return this;
    }

    /**
     * Adds a codec.
     *
     * @param value the codec
     * @return this builder
     * @throws NetworkException if a codec of its format is set already
     */
    public NetworkRuntimeBuilder codec(NetworkCodec value) {
        slots.codec(value, "NetworkRuntimeBuilder.codec(...)");
        return this;
    }

    /**
     * Adds a listener of change events.
     *
     * @param value the listener
     * @return this builder
     */
    public NetworkRuntimeBuilder listener(ChangeListener value) {
        slots.listeners.add(requireNonNull(value, "listener"));
        return this;
    }

    /**
     * Adds a durable listener: it hears of every change from the change log, at least once, across restarts and
     * nodes (see {@link DurableListener}).
     *
     * @param value the listener
     * @return this builder
     * @throws NetworkException if its id is not 1 to 128 characters, or another listener has it already
     * @since 0.4.0
     */
    public NetworkRuntimeBuilder durableListener(DurableListener value) {
        slots.durableListener(value, "NetworkRuntimeBuilder.durableListener(...)");
        return this;
    }

    /**
     * Hands changes to the durable listeners by itself, on a daemon thread of the runtime, a pause after each round
     * ends; the thread stops when the runtime closes. Without it, the host calls {@code changes().deliverPending()}.
     *
     * @param pause the pause between two rounds, at least 10 milliseconds
     * @return this builder
     * @throws IllegalArgumentException if the pause is shorter
     * @since 0.4.0
     */
    public NetworkRuntimeBuilder deliverChangesEvery(Duration pause) {
        requireNonNull(pause, "pause");
        if (pause.toMillis() < 10) {
            throw new IllegalArgumentException("the pause must be at least 10 ms, but was " + pause);
        }
        this.deliverEvery = Optional.of(pause);
        return this;
    }

    /**
     * Uses settings for handing changes to durable listeners. By default, {@link ChangeDeliverySettings#defaults()}.
     *
     * @param value the settings
     * @return this builder
     * @since 0.4.0
     */
    public NetworkRuntimeBuilder changeDelivery(ChangeDeliverySettings value) {
        this.delivery = requireNonNull(value, "changeDelivery");
        return this;
    }

    /**
     * Names the actor on whose behalf the runtime's own use case accessors act; {@link NetworkRuntime#as(Actor)}
     * names another. By default, the system job {@code host}.
     *
     * @param value the actor
     * @return this builder
     * @since 0.4.0
     */
    public NetworkRuntimeBuilder actor(Actor value) {
        this.actor = requireNonNull(value, "actor");
        return this;
    }

    /**
     * Uses an access policy, asked before every use case that changes something or reads personal data. By default,
     * {@link AccessPolicy#standard()}.
     *
     * @param value the policy
     * @return this builder
     * @since 0.4.0
     */
    public NetworkRuntimeBuilder accessPolicy(AccessPolicy value) {
        this.policy = requireNonNull(value, "accessPolicy");
        return this;
    }

    /**
     * Uses a clock for the outbox's times. By default, the system clock in UTC.
     *
     * @param value the clock
     * @return this builder
     */
    public NetworkRuntimeBuilder clock(Clock value) {
        this.clock = requireNonNull(value, "clock");
        return this;
    }

    /**
     * Uses outbox settings. By default, {@link OutboxSettings#defaults()}.
     *
     * @param value the settings
     * @return this builder
     */
    public NetworkRuntimeBuilder outbox(OutboxSettings value) {
        this.outbox = requireNonNull(value, "outbox");
        return this;
    }

    /**
     * Uses bounce settings: how bounces are weighed, when subscriptions are put on hold, the reminders and the way
     * back. By default, {@link org.chemnet.network.deliverability.BounceSettings#defaults()}.
     *
     * @param value the settings
     * @return this builder
     * @since 0.6.0
     */
    public NetworkRuntimeBuilder bounces(org.chemnet.network.deliverability.BounceSettings value) {
        this.bounces = requireNonNull(value, "bounces");
        return this;
    }

    /**
     * Uses sign-up settings: the confirmation page of double opt-in and how long its links work. By default,
     * {@link org.chemnet.network.newsletter.SignUpSettings#defaults()}: no page, so
     * {@code newsletters().signUp(...)} is refused until one is set.
     *
     * @param value the settings
     * @return this builder
     * @since 0.6.0
     */
    public NetworkRuntimeBuilder signUps(org.chemnet.network.newsletter.SignUpSettings value) {
        this.signUps = requireNonNull(value, "signUps");
        return this;
    }

    /**
     * Names this runtime among the nodes that share its store: the owner of the outbox claims it takes, in logs and in
     * the store. By default, {@code node-} and a random UUID, different for every runtime. Two runtimes running at
     * once must never share a name.
     *
     * @param value the name, 1 to 128 characters
     * @return this builder
     * @throws IllegalArgumentException if the name is empty or longer than 128 characters
     */
    public NetworkRuntimeBuilder nodeName(String value) {
        requireNonNull(value, "nodeName");
        if (value.isEmpty() || value.length() > 128) {
            throw new IllegalArgumentException("nodeName must have 1 to 128 characters, but had " + value.length());
        }
        this.node = value;
        return this;
    }

    /**
     * Signs the unsubscribe links of newsletter mail with a secret, and accepts only links signed with it. Keep the
     * secret as long as links sent with it should work, and the same on every host of one network.
     *
     * @param secret at least 32 random bytes; copied
     * @return this builder
     * @throws IllegalArgumentException if the secret is shorter than 32 bytes
     */
    public NetworkRuntimeBuilder unsubscribeSecret(byte[] secret) {
        UnsubscribeTokens signing = new UnsubscribeTokens(requireNonNull(secret, "unsubscribeSecret"));
        for (byte[] old : retiredSecrets) {
            signing = signing.accepting(old);
        }
        this.tokens = Optional.of(signing);
        return this;
    }

    /**
     * Accepts unsubscribe links signed with a secret no longer used to sign, so that the secret can be replaced
     * without breaking the links of mail already sent: sign with the new one ({@link #unsubscribeSecret(byte[])}) and
     * name the old one here, on every host, until its mail is old enough. Call once per retired secret, before or
     * after {@code unsubscribeSecret}; a retired secret alone signs nothing.
     *
     * @param secret at least 32 bytes; copied
     * @return this builder
     * @throws IllegalArgumentException if the secret is shorter than 32 bytes
     * @since 0.5.0
     */
    public NetworkRuntimeBuilder retiredUnsubscribeSecret(byte[] secret) {
        UnsubscribeTokens.requireLongEnough(
                requireNonNull(secret, "retiredUnsubscribeSecret"), "retiredUnsubscribeSecret");
        retiredSecrets.add(secret.clone());
        this.tokens = tokens.map(t -> t.accepting(secret));
        return this;
    }

    /**
     * Records notices in the outbox, in the same transaction as the change: for each membership's contact
     * (application received, approved, rejected) and for each registrant person (place confirmed, on the waitlist,
     * promoted from it). By default, on when a mailer is configured, off otherwise.
     *
     * @param enabled true to record notices
     * @return this builder
     */
    public NetworkRuntimeBuilder notices(boolean enabled) {
        this.notices = Optional.of(enabled);
        return this;
    }

    /**
     * Installs a plugin: the main way to add one.
     *
     * @param plugin the plugin
     * @return this builder
     * @throws NetworkException if a plugin with its id is installed already
     */
    public NetworkRuntimeBuilder plugin(NetworkPlugin plugin) {
        requireNonNull(plugin, "plugin");
        String id = requireNonNull(plugin.id(), "plugin.id()");
        for (NetworkPlugin installed : plugins) {
            if (installed.id().equals(id)) {
                throw new NetworkException("two plugins claim the id '" + id + "': "
                        + installed.getClass().getName() + " and "
                        + plugin.getClass().getName() + "; a plugin id must be unique in a runtime");
            }
        }
        plugins.add(plugin);
        plugin.install(slots.contextFor(plugin));
        return this;
    }

    /**
     * Installs every plugin that {@link ServiceLoader} finds with the thread's context class loader.
     *
     * @return this builder
     * @throws NetworkException if two plugins claim one id
     */
    public NetworkRuntimeBuilder discoverPlugins() {
        return discoverPlugins(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Installs every plugin that {@link ServiceLoader} finds with a class loader, in the order it finds them.
     *
     * @param classLoader where to look
     * @return this builder
     * @throws NetworkException if two plugins claim one id
     */
    public NetworkRuntimeBuilder discoverPlugins(ClassLoader classLoader) {
        for (NetworkPlugin plugin : ServiceLoader.load(NetworkPlugin.class, classLoader)) {
            LOG.debug(
                    "Discovered plugin {} ({})", plugin.id(), plugin.getClass().getName());
            plugin(plugin);
        }
        return this;
    }

    /**
     * Builds the runtime.
     *
     * @return the runtime; never null
     * @throws NetworkException if no validator was given and no Bean Validation provider is on the class path
     */
    public NetworkRuntime build() {
        boolean ownsValidator = validator == null;
        NetworkValidator chosen = ownsValidator ? NetworkValidator.create() : validator;
        return new NetworkRuntime(new Parts(
                slots.store == null ? new InMemoryNetworkStore() : slots.store,
                chosen,
                ownsValidator,
                List.copyOf(plugins),
                Map.copyOf(slots.codecs),
                List.copyOf(slots.listeners),
                clock,
                Optional.ofNullable(slots.mailer),
                outbox,
                bounces,
                signUps,
                tokens,
                notices.orElse(slots.mailer != null),
                node,
                actor,
                policy,
                delivery,
                List.copyOf(slots.durableListeners),
                deliverEvery));
    }

    /** What a built runtime is made of. */
    record Parts(
            NetworkStore store,
            NetworkValidator validator,
            boolean ownsValidator,
            List<NetworkPlugin> plugins,
            Map<String, NetworkCodec> codecs,
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
            List<DurableListener> durableListeners,
            Optional<Duration> deliverEvery) {}

    /** The single-valued parts and who set them. */
    private static final class Slots {
        @Nullable
        NetworkStore store;

        @Nullable
        String storeSource;

        @Nullable
        Mailer mailer;

        @Nullable
        String mailerSource;

        final Map<String, NetworkCodec> codecs = new LinkedHashMap<>();
        final Map<String, String> codecSources = new LinkedHashMap<>();
        final List<ChangeListener> listeners = new ArrayList<>();
        final List<DurableListener> durableListeners = new ArrayList<>();

        void durableListener(DurableListener value, String source) {
            requireNonNull(value, "durableListener");
            String id = requireNonNull(value.id(), "durableListener.id()");
            if (id.isEmpty() || id.length() > 128) {
                throw new NetworkException("a durable listener's id must have 1 to 128 characters, but "
                        + value.getClass().getName() + " (from " + source + ") has " + id.length());
            }
            for (DurableListener other : durableListeners) {
                if (other.id().equals(id)) {
                    throw new NetworkException("two durable listeners claim the id '" + id + "': "
                            + other.getClass().getName() + " and "
                            + value.getClass().getName()
                            + " (from " + source + "); each names its own cursor");
                }
            }
            durableListeners.add(value);
        }

        void store(NetworkStore value, String source) {
            requireNonNull(value, "store");
            if (store != null) {
                throw conflict("store", storeSource, source);
            }
            store = value;
            storeSource = source;
        }

        void mailer(Mailer value, String source) {
            requireNonNull(value, "mailer");
            if (mailer != null) {
                throw conflict("mailer", mailerSource, source);
            }
            mailer = value;
            mailerSource = source;
        }

        void codec(NetworkCodec value, String source) {
            requireNonNull(value, "codec");
            String format = requireNonNull(value.format(), "codec.format()");
            if (codecs.containsKey(format)) {
                throw conflict("codec for format '" + format + "'", codecSources.get(format), source);
            }
            codecs.put(format, value);
            codecSources.put(format, source);
        }

        private static NetworkException conflict(String what, String first, String second) {
            return new NetworkException("a " + what + " was set twice, by " + first + " and by " + second
                    + "; set it once, or leave one of them out");
        }

        PluginContext contextFor(NetworkPlugin plugin) {
            String source = "plugin '" + plugin.id() + "'";
            return new PluginContext() {
                @Override
                public PluginContext store(NetworkStore value) {
                    Slots.this.store(value, source);
                    return this;
                }

                @Override
                public PluginContext mailer(Mailer value) {
                    Slots.this.mailer(value, source);
                    return this;
                }

                @Override
                public PluginContext codec(NetworkCodec value) {
                    Slots.this.codec(value, source);
                    return this;
                }

                @Override
                public PluginContext listener(ChangeListener value) {
                    listeners.add(requireNonNull(value, "listener"));
                    return this;
                }

                @Override
                public PluginContext durableListener(DurableListener value) {
                    Slots.this.durableListener(value, source);
                    return this;
                }
            };
        }
    }
}
