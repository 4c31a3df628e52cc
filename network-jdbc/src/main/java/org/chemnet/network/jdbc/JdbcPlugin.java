package org.chemnet.network.jdbc;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.chemnet.network.spi.NetworkPlugin;
import org.chemnet.network.spi.PluginContext;

/**
 * Contributes a {@link JdbcNetworkStore} over the host's data source:
 * {@code NetworkRuntime.builder().plugin(new JdbcPlugin(dataSource)).build()}.
 *
 * <p>It needs a data source, so it is registered explicitly and not found by {@code discoverPlugins()}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class JdbcPlugin implements NetworkPlugin {
    private final DataSource dataSource;
    private final JdbcConfig config;

    /**
     * A plugin with the default configuration.
     *
     * @param dataSource the host's data source
     */
    public JdbcPlugin(DataSource dataSource) {
        this(dataSource, JdbcConfig.defaults());
    }

    /**
     * A plugin with a configuration.
     *
     * @param dataSource the host's data source
     * @param config the schema, prefix and migration choice
     */
    public JdbcPlugin(DataSource dataSource, JdbcConfig config) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
        this.config = requireNonNull(config, "config");
    }

    @Override
    public String id() {
        return "chemnet-jdbc";
    }

    @Override
    public void install(PluginContext context) {
        context.store(JdbcNetworkStore.create(dataSource, config));
    }
}
