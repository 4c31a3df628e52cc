package org.chemnet.network.examples.usage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.time.LocalDate;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.examples.seed.IccssNetwork;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcPlugin;

/**
 * Embeds the library with PostgreSQL, through a connection pool, in a schema of its own:
 * {@code java ... EmbedWithPostgres jdbc:postgresql://localhost/network user password}.
 */
public final class EmbedWithPostgres {
    private EmbedWithPostgres() {}

    /**
     * Runs the example.
     *
     * @param args the JDBC URL, the user and the password
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: EmbedWithPostgres JDBC_URL USER PASSWORD");
            System.exit(2);
        }
        run(System.out, args[0], args[1], args[2]);
    }

    static void run(PrintStream out, String url, String user, String password) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        try (HikariDataSource dataSource = new HikariDataSource(pool);
                NetworkRuntime runtime = NetworkRuntime.builder()
                        .plugin(new JdbcPlugin(dataSource, JdbcConfig.defaults().withSchema("network_example")))
                        .build()) {
            if (runtime.networks().network(IccssNetwork.ID).isEmpty()) {
                runtime.networks().register(IccssNetwork.graph());
            }
            runtime.declarations()
                    .declarations(IccssNetwork.ID)
                    .forEach(d -> out.println(d.title().resolve(java.util.Locale.ENGLISH) + ": "
                            + d.endorsementsOn(LocalDate.of(2020, 1, 1)).size() + " endorsers"));
        }
    }
}
