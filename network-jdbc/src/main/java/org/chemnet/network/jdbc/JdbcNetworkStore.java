package org.chemnet.network.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.chemnet.network.jdbc.internal.JdbcTransaction;
import org.chemnet.network.jdbc.internal.SqlErrors;
import org.chemnet.network.jdbc.internal.Tables;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.StoreReader;
import org.chemnet.network.spi.StoreTransaction;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store port over JDBC: networks kept in the host's own database, H2 (the embedded default) or PostgreSQL, through
 * a {@link DataSource} the host hands in and keeps owning (the store never closes it).
 *
 * <p>Every transaction runs at READ COMMITTED and is all or nothing. Memberships are versioned: two hosts deciding on
 * one application at once give one decision and one {@link org.chemnet.network.ConcurrentUpdateException}; two
 * applications of one organization at once give one application, whatever the isolation level, because the database
 * keeps at most one open membership per organization and role. Every statement binds its values as parameters. Any
 * database failure surfaces as {@link NetworkStorageException} with its SQLState.
 *
 * <p>The schema comes with the jar as Flyway migrations, recorded in a history table of the store's own
 * ({@link JdbcConfig#historyTable()}), so that a host's own Flyway is not disturbed; a host can turn migration off and
 * apply {@code org/chemnet/network/jdbc/migration/*.sql} itself (see docs/schema.md).
 *
 * @since 0.1.0
 */
public final class JdbcNetworkStore implements NetworkStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcNetworkStore.class);

    /** Where the migrations are, on the class path. */
    public static final String MIGRATIONS = "classpath:org/chemnet/network/jdbc/migration";

    private final Jdbi jdbi;
    private final Tables tables;

    private JdbcNetworkStore(DataSource dataSource, JdbcConfig config) {
        this.jdbi = Jdbi.create(dataSource);
        this.tables = new Tables(config.schema(), config.tablePrefix());
    }

    /**
     * A store in the connection's default schema, with the defaults of {@link JdbcConfig#defaults()}: migrations are
     * applied now.
     *
     * @param dataSource the host's data source
     * @return the store; never null
     * @throws NetworkStorageException if the migrations fail
     */
    public static JdbcNetworkStore create(DataSource dataSource) {
        return create(dataSource, JdbcConfig.defaults());
    }

    /**
     * A store as configured; migrations are applied now unless the configuration leaves them to the host.
     *
     * @param dataSource the host's data source
     * @param config the schema, prefix and migration choice
     * @return the store; never null
     * @throws NetworkStorageException if the migrations fail
     */
    public static JdbcNetworkStore create(DataSource dataSource, JdbcConfig config) {
        requireNonNull(dataSource, "dataSource");
        requireNonNull(config, "config");
        if (config.migrate()) {
            migrate(dataSource, config);
        }
        return new JdbcNetworkStore(dataSource, config);
    }

    /**
     * Applies the migrations shipped in the jar that are not applied yet.
     *
     * @param dataSource the host's data source
     * @param config the schema and prefix
     * @throws NetworkStorageException if a migration fails; the database is then as before that migration
     */
    public static void migrate(DataSource dataSource, JdbcConfig config) {
        try {
            var configuration = Flyway.configure(JdbcNetworkStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table(config.historyTable())
                    .placeholders(Map.of("prefix", config.tablePrefix()))
                    .baselineOnMigrate(false)
                    .cleanDisabled(true);
            if (config.schema().isPresent()) {
                configuration = configuration
                        .schemas(config.schema().get())
                        .defaultSchema(config.schema().get())
                        .createSchemas(true);
            }
            var result = configuration.load().migrate();
            LOG.debug(
                    "chemnet schema migrated: {} migration(s) applied, now at version {}",
                    result.migrationsExecuted,
                    result.targetSchemaVersion);
        } catch (FlywayException e) {
            throw new NetworkStorageException(
                    "applying the chemnet schema migrations failed: " + e.getMessage(),
                    SqlErrors.sqlException(e)
                            .map(java.sql.SQLException::getSQLState)
                            .orElse(null),
                    e);
        }
    }

    @Override
    public <T> T inTransaction(Function<StoreTransaction, T> work) {
        requireNonNull(work, "work");
        try {
            return jdbi.inTransaction(
                    TransactionIsolationLevel.READ_COMMITTED,
                    handle -> work.apply(new JdbcTransaction(handle, tables)));
        } catch (JdbiException e) {
            throw SqlErrors.translate("a chemnet store transaction", e);
        }
    }

    /**
     * Runs a query in a transaction of its own at REPEATABLE READ, so that a query of several statements (a
     * membership and its history, a graph) sees one snapshot of the database, never half of a concurrent change.
     */
    @Override
    public <T> T read(Function<StoreReader, T> query) {
        requireNonNull(query, "query");
        try {
            return jdbi.inTransaction(
                    TransactionIsolationLevel.REPEATABLE_READ,
                    handle -> query.apply(new JdbcTransaction(handle, tables)));
        } catch (JdbiException e) {
            throw SqlErrors.translate("a chemnet store query", e);
        }
    }
}
