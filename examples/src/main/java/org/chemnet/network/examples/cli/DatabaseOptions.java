package org.chemnet.network.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.jdbc.JdbcPlugin;
import org.chemnet.network.json.JsonPlugin;
import picocli.CommandLine.Option;

/** The options that name a database, shared by the commands that use one. */
final class DatabaseOptions {
    @Option(
            names = "--db",
            required = true,
            paramLabel = "JDBC_URL",
            description = "The database: jdbc:h2:file:... (embedded) or jdbc:postgresql://host/db.")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "The database user.")
    Optional<String> user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "The database password.")
    Optional<String> password;

    HikariDataSource open() {
        return Databases.open(url, user, password);
    }

    /** A runtime over the database, with the JSON codecs. */
    static NetworkRuntime runtime(HikariDataSource dataSource) {
        return NetworkRuntime.builder()
                .plugin(new JdbcPlugin(dataSource))
                .plugin(new JsonPlugin())
                .build();
    }
}
