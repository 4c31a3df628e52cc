package org.chemnet.network.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;

/** Opens a pooled data source for a JDBC URL: H2 and PostgreSQL URLs both work. */
final class Databases {
    private Databases() {}

    static HikariDataSource open(String url, Optional<String> user, Optional<String> password) {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must be a jdbc:h2: or jdbc:postgresql: URL, but was '"
                    + url.replaceAll("password=[^&;]*", "password=***") + "'");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        config.setMaximumPoolSize(4);
        if (url.startsWith("jdbc:postgresql:")) {
            // PostgreSQL's fast path for JDBC batches: the driver sends a batch of inserts as multi-row inserts.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        config.setPoolName("chemnet-cli");
        return new HikariDataSource(config);
    }
}
