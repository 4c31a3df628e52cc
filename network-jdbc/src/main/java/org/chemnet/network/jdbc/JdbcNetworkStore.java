package org.chemnet.network.jdbc;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.chemnet.network.jdbc.internal.Dialect;
import org.chemnet.network.jdbc.internal.ImportJournal;
import org.chemnet.network.jdbc.internal.JdbcTransaction;
import org.chemnet.network.jdbc.internal.SqlErrors;
import org.chemnet.network.jdbc.internal.Tables;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.StoreTransaction;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store port over JDBC: networks kept in the host's own database, H2 (the embedded default) or PostgreSQL, through
 * a {@link DataSource} the host hands in and keeps owning (the store never closes it).
 *
 * <p>Every transaction runs at READ COMMITTED and is all or nothing; {@link #read} runs at REPEATABLE READ on a
 * read-only connection. Several stores, on several nodes of a host, may share one database: every write is guarded
 * by a row's version or a key, so of two hosts changing one record at once one wins and the other gets a
 * {@link org.chemnet.network.kernel.ConcurrentUpdateException}; two applications of one organization at once give one
 * application, whatever the isolation level, because the database keeps at most one open membership per organization
 * and role; and each due delivery of the outbox is claimed by one node for a lease (on PostgreSQL with
 * {@code FOR UPDATE SKIP LOCKED}). Every statement binds its values as parameters. Any database failure surfaces as
 * {@link NetworkStorageException} with its SQLState.
 *
 * <p>The schema comes with the jar as Flyway migrations, recorded in a history table of the store's own
 * ({@link JdbcConfig#historyTable()}), so that a host's own Flyway and its history are not disturbed, and the store
 * can share a schema that holds the host's tables; a host can turn migration off and apply
 * {@code org/chemnet/network/jdbc/migration/*.sql} itself (see docs/schema.md).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class JdbcNetworkStore implements NetworkStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcNetworkStore.class);

    /** Where the migrations are, on the class path. */
    public static final String MIGRATIONS = "classpath:org/chemnet/network/jdbc/migration";

    private final Jdbi jdbi;
    private final Tables tables;
    private final Dialect dialect;
    private final ImportJournal journal;
    private final AtomicBoolean recovered = new AtomicBoolean();

    private JdbcNetworkStore(DataSource dataSource, JdbcConfig config) {
        this.jdbi = Jdbi.create(dataSource);
        this.tables = new Tables(config.schema(), config.tablePrefix());
        this.dialect = readDialect(jdbi);
        this.journal = ImportJournal.of(jdbi, tables, dialect);
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
     * <p>The schema may hold other tables, the host's own, and the host's own Flyway history: the store's history
     * table is its own, and a schema that holds other tables but not that history is baselined at version 0, so that
     * every migration of the jar still runs, once. A schema that holds the chemnet tables without their history
     * (applied by hand) is refused, never migrated again over them.
     *
     * @param dataSource the host's data source
     * @param config the schema and prefix
     * @throws NetworkStorageException if a migration fails (the database is then as before that migration), or the
     *     chemnet tables are there without their migration history
     */
    public static void migrate(DataSource dataSource, JdbcConfig config) {
        refuseTablesWithoutHistory(dataSource, config);
        try {
            var configuration = Flyway.configure(JdbcNetworkStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table(config.historyTable())
                    .placeholders(Map.of("prefix", config.tablePrefix()))
                    // The schema may hold the host's tables: start the store's own history below V1.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("chemnet history in a schema shared with the host")
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
            if (result.migrations.stream().anyMatch(m -> "5".equals(m.version))) {
                // V5 added the search text of organizations; those stored before it get theirs now.
                long filled = SearchIndex.fillMissing(dataSource, config);
                LOG.debug("search text written for {} organization(s) stored before V5", filled);
            }
        } catch (FlywayException e) {
            throw new NetworkStorageException(
                    "applying the chemnet schema migrations failed: " + e.getMessage(),
                    SqlErrors.sqlState(e).orElse(null),
                    e);
        }
    }

    /**
     * Refuses a schema that holds the chemnet tables but not their migration history: baselining it would apply V1
     * over the tables there.
     */
    private static void refuseTablesWithoutHistory(DataSource dataSource, JdbcConfig config) {
        try (Connection connection = dataSource.getConnection()) {
            String schema = config.schema().orElse(connection.getSchema());
            if (schema == null) {
                return;
            }
            Set<String> names = new HashSet<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            String network = (config.tablePrefix() + "network").toLowerCase(Locale.ROOT);
            String history = config.historyTable().toLowerCase(Locale.ROOT);
            if (names.contains(network) && !names.contains(history)) {
                throw new NetworkStorageException(
                        "schema '" + schema + "' holds the chemnet tables (" + network + ", ...) but not their"
                                + " migration history " + history + ": they were applied by hand. Keep applying the"
                                + " migrations by hand (JdbcConfig.withoutMigration()), or record them in " + history
                                + " with Flyway's baseline at the version applied",
                        null,
                        null);
            }
        } catch (SQLException e) {
            throw new NetworkStorageException(
                    "reading the tables of the chemnet schema failed: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** The dialect, read from the database's metadata. */
    private static Dialect readDialect(Jdbi jdbi) {
        try (Handle handle = jdbi.open()) {
            return Dialect.of(handle.getConnection().getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new NetworkStorageException(
                    "reading which database this is failed: " + e.getMessage(), e.getSQLState(), e);
        } catch (JdbiException e) {
            throw SqlErrors.translate("reading which database this is", e);
        }
    }

    @Override
    public <T> T inTransaction(Function<StoreTransaction, T> work) {
        requireNonNull(work, "work");
        try {
            recoverOnce();
            return inJournaledTransaction(work);
        } catch (JdbiException e) {
            throw SqlErrors.translate("a chemnet store transaction", e);
        }
    }

    /**
     * Before the store's first transaction: takes back what imports that died left behind (on H2; see
     * {@link ImportJournal}). An import whose recovery fails is logged and tried again when a store next starts; a
     * journal that cannot be read at all (a schema without migration V4) fails the transaction, and the next one
     * tries again. Two first transactions at once may both look: each dead import is taken back once.
     */
    private void recoverOnce() {
        if (!recovered.get()) {
            journal.recoverAll();
            recovered.set(true);
        }
    }

    /**
     * Runs work in a transaction at READ COMMITTED, with the imports it begins in the journal: their rows there are
     * deleted by the transaction itself just before it commits, or, if it rolls back, afterwards.
     */
    private <T> T inJournaledTransaction(Function<StoreTransaction, T> work) {
        JdbcTransaction[] current = new JdbcTransaction[1];
        try {
            T committed = jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
                current[0] = new JdbcTransaction(handle, tables, dialect, journal);
                T result = work.apply(current[0]);
                current[0].beforeCommit();
                return result;
            });
            analyze(current[0].staleStatistics());
            return committed;
        } catch (RuntimeException | Error e) {
            if (current[0] != null) {
                try {
                    current[0].afterRollback();
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
    }

    /**
     * Refreshes the statistics of tables a committed transaction filled (a newsletter issue of many deliveries), so
     * that the next queries are planned for what the tables hold. What is committed stays so if this fails: a
     * warning is logged, and autovacuum analyzes the table later.
     */
    private void analyze(List<String> tables) {
        for (String table : tables) {
            try {
                jdbi.useHandle(handle -> handle.execute("ANALYZE " + table));
            } catch (JdbiException e) {
                LOG.warn("Refreshing the statistics of {} failed; autovacuum will analyze it later", table, e);
            }
        }
    }

    /**
     * Runs a query in a transaction of its own at REPEATABLE READ, so that a query of several statements (a
     * membership and its history, a graph) sees one snapshot of the database, never half of a concurrent change. The
     * connection is read-only meanwhile, where the database honours it (PostgreSQL refuses writes then, with SQLState
     * 25006), and as before once the query ends.
     */
    @Override
    public <T> T read(Function<StoreTransaction, T> query) {
        requireNonNull(query, "query");
        try {
            recoverOnce();
        } catch (JdbiException e) {
            throw SqlErrors.translate("a chemnet store query", e);
        }
        try (Handle handle = jdbi.open()) {
            boolean wasReadOnly = handle.isReadOnly();
            handle.setReadOnly(true);
            try {
                return handle.inTransaction(
                        TransactionIsolationLevel.REPEATABLE_READ,
                        h -> query.apply(new JdbcTransaction(h, tables, dialect, journal)));
            } finally {
                handle.setReadOnly(wasReadOnly);
            }
        } catch (JdbiException e) {
            throw SqlErrors.translate("a chemnet store query", e);
        }
    }
}
