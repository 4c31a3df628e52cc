package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Extends a runtime: contributes a store, a mailer, codecs or listeners. Every hook does nothing by default, so a
 * new hook never breaks an existing plugin.
 *
 * <p>Register plugins explicitly ({@code NetworkRuntime.builder().plugin(new JdbcPlugin(dataSource))}), the main
 * path; or let {@code discoverPlugins()} find them with {@link java.util.ServiceLoader}, for which a plugin declares
 * itself in {@code META-INF/services/org.chemnet.network.spi.NetworkPlugin} and has a public no-argument
 * constructor. Two plugins with one {@link #id()} are refused.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface NetworkPlugin {
    /**
     * The plugin's identifier, unique in a runtime. By default, the class name.
     *
     * @return the identifier; never null
     */
    default String id() {
        return getClass().getName();
    }

    /**
     * Contributes to the runtime being built.
     *
     * @param context what the plugin can contribute
     */
    default void install(PluginContext context) {}

    /** Called when the runtime is closed: release what the plugin holds. */
    default void close() {}
}
