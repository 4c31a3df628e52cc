package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.change.ChangeListener;

/**
 * What a plugin can contribute while a runtime is being built. A store and a mailer can each be contributed once; a
 * second contribution is refused with an error naming both contributors.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface PluginContext {
    /**
     * Contributes the store.
     *
     * @param store the store
     * @return this context
     */
    PluginContext store(NetworkStore store);

    /**
     * Contributes the mailer.
     *
     * @param mailer the mailer
     * @return this context
     */
    PluginContext mailer(Mailer mailer);

    /**
     * Contributes a codec, by its format name.
     *
     * @param codec the codec
     * @return this context
     */
    PluginContext codec(NetworkCodec codec);

    /**
     * Adds a listener of change events.
     *
     * @param listener the listener
     * @return this context
     */
    PluginContext listener(ChangeListener listener);

    /**
     * Adds a durable listener of the change log.
     *
     * @param listener the listener
     * @return this context
     * @throws org.chemnet.network.kernel.NetworkException if another listener has its id
     * @since 0.4.0
     */
    PluginContext durableListener(org.chemnet.network.change.DurableListener listener);
}
