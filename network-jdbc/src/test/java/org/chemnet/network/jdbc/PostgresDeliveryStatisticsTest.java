package org.chemnet.network.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An issue of many deliveries refreshes PostgreSQL's statistics of the delivery table once it has committed: planned
 * with the statistics of a near-empty table, each claim of a 100,000-mail issue scanned and sorted every pending row
 * (docs/benchmarks.md, the mail magazine).
 */
class PostgresDeliveryStatisticsTest {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.postgres();

    private static double estimatedRows(String table) throws SQLException {
        try (Connection c = DB.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)")) {
            s.setString(
                    1,
                    DB.lastConfig().schema().orElseThrow() + "."
                            + DB.lastConfig().tablePrefix() + table);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the table %s exists", table).isTrue();
                return rs.getDouble(1);
            }
        }
    }

    @Test
    void anIssueOfTenThousandDeliveriesLeavesTheTableAnalyzed() throws SQLException {
        JdbcNetworkStore store = DB.newStore();
        try (NetworkRuntime runtime = NetworkRuntime.builder().store(store).build()) {
            runtime.networks().register(TestData.graph());
            store.inTransaction(tx -> {
                tx.subscriptions().insertAll(TestData.subscribers(10_000));
                return null;
            });
            assertThat(estimatedRows("delivery")).as("never analyzed").isLessThan(1);

            int issued = runtime.newsletters().issue(TestData.newsletterIssue());

            assertThat(issued).isGreaterThanOrEqualTo(10_000);
            assertThat(estimatedRows("delivery")).isEqualTo(issued);
        }
    }
}
