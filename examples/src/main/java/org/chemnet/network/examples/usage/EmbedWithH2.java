package org.chemnet.network.examples.usage;

import java.io.PrintStream;
import java.time.LocalDate;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.examples.seed.JapanNetwork;
import org.chemnet.network.jdbc.JdbcPlugin;
import org.chemnet.network.membership.ParticipantQuery;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Embeds the library with the embedded database, H2: the host hands in a {@code DataSource}, the store applies its
 * schema, and the participants of a day are a query.
 */
public final class EmbedWithH2 {
    private EmbedWithH2() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:chemnet-example;DB_CLOSE_DELAY=-1");
        try (NetworkRuntime runtime =
                NetworkRuntime.builder().plugin(new JdbcPlugin(dataSource)).build()) {
            runtime.networks().register(JapanNetwork.graph());
            long count =
                    runtime.participation().countOn(ParticipantQuery.of(JapanNetwork.ID, LocalDate.of(2020, 3, 9)));
            out.println("participants as of 2020-03-09: " + count);
        }
    }
}
