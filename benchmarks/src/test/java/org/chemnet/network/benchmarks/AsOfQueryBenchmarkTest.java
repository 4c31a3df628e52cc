package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ours and the hand-written SQL find the same participants, on H2 and on a real PostgreSQL; a later fork opens what
 * the first loaded, and a load that was cut off is done again.
 */
class AsOfQueryBenchmarkTest {
    @TempDir
    Path cache;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void oursAndTheBaselineAgreeOnALoadAndOnItsReuse(String database) throws SQLException, IOException {
        long count;
        int listed;
        AsOfQueryBenchmark first = benchmark(database);
        try {
            for (int day = 0; day < AsOfQueryBenchmark.DAYS.length; day++) {
                first.turn = day;
                long ours = first.countOurs();
                first.turn = day;
                assertThat(ours).isEqualTo(first.countRawJdbc());
                first.turn = day;
                int oursListed = first.listOurs();
                first.turn = day;
                assertThat(oursListed).isEqualTo(first.listRawJdbc());
            }
            first.turn = 5;
            count = first.countOurs();
            first.turn = 5;
            listed = first.listOurs();
            assertThat(count).isBetween(5_000L, 19_000L);
            assertThat(listed).isPositive();
        } finally {
            first.tearDown();
        }

        AsOfQueryBenchmark later = benchmark(database);
        try {
            later.turn = 5;
            assertThat(later.countOurs()).isEqualTo(count);
            later.turn = 5;
            assertThat(later.listRawJdbc()).isEqualTo(listed);
        } finally {
            later.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aLoadThatWasCutOffIsDoneAgain(String database) throws SQLException, IOException {
        Path directory = cache.resolve("asof-" + database + "-20000");
        Files.createDirectories(directory.resolve("postgresql"));
        Files.writeString(directory.resolve("h2.mv.db"), "half a file");

        AsOfQueryBenchmark benchmark = benchmark(database);
        try {
            long ours = benchmark.countOurs();
            benchmark.turn = 0;
            assertThat(ours).isPositive().isEqualTo(benchmark.countRawJdbc());
            assertThat(directory.resolve("complete")).exists();
        } finally {
            benchmark.tearDown();
        }
    }

    private AsOfQueryBenchmark benchmark(String database) throws IOException {
        AsOfQueryBenchmark benchmark = new AsOfQueryBenchmark();
        benchmark.database = database;
        benchmark.organizations = 20_000;
        benchmark.cache = cache;
        benchmark.setUp();
        return benchmark;
    }
}
