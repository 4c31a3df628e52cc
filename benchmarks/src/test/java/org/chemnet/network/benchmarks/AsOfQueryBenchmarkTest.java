package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ours and the hand-written SQL find the same participants, on H2 and on a real PostgreSQL. */
class AsOfQueryBenchmarkTest {
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void oursAndTheBaselineAgree(String database) throws SQLException {
        AsOfQueryBenchmark benchmark = new AsOfQueryBenchmark();
        benchmark.database = database;
        benchmark.organizations = 20_000;
        benchmark.setUp();
        try {
            long count = benchmark.countOurs();
            assertThat(count).isBetween(5_000L, 19_000L).isEqualTo(benchmark.countRawJdbc());
            int listed = benchmark.listOurs();
            assertThat(listed).isPositive().isEqualTo(benchmark.listRawJdbc());
        } finally {
            benchmark.tearDown();
        }
    }
}
