package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ours, raw JDBC and Hibernate write exactly the same rows, on H2 and on a real PostgreSQL. */
class JdbcImportBenchmarkTest {
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void everyContenderWritesTheSameRows(String database) throws SQLException {
        JdbcImportBenchmark benchmark = new JdbcImportBenchmark();
        benchmark.database = database;
        benchmark.organizations = 1_500;
        benchmark.setUp();
        try {
            benchmark.empty();
            assertThat(benchmark.ours()).isEqualTo(1_500);
            Map<String, List<String>> ours = dump(benchmark.db);

            benchmark.empty();
            int raw = benchmark.rawJdbc();
            Map<String, List<String>> rawRows = dump(benchmark.db);

            benchmark.empty();
            int hibernate = benchmark.hibernate();
            Map<String, List<String>> hibernateRows = dump(benchmark.db);

            assertThat(ours.get("membership")).hasSize(1_500);
            assertThat(ours.get("membership_status")).hasSizeGreaterThan(3 * 1_500);
            assertThat(raw).isEqualTo(hibernate).isEqualTo(rows(ours));
            assertThat(rawRows).isEqualTo(ours);
            assertThat(hibernateRows).isEqualTo(ours);
        } finally {
            benchmark.tearDown();
        }
    }

    private static int rows(Map<String, List<String>> tables) {
        return tables.values().stream().mapToInt(List::size).sum();
    }

    /** Every row of the imported tables, as text, in key order. */
    private static Map<String, List<String>> dump(BenchmarkDatabase db) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            for (String table : JdbcImportBenchmark.TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM chemnet_" + table + " ORDER BY 1, 2")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT))
                                    .append('=')
                                    .append(rs.getString(i))
                                    .append(';');
                        }
                        rows.add(row.toString());
                    }
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }
}
