package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark and its baseline do comparable work: the figures compare like with like. */
class JsonExportBenchmarkTest {
    @Test
    void oursAndTheBaselineWriteTheSameOrganizationsAndMemberships() {
        JsonExportBenchmark benchmark = new JsonExportBenchmark();
        benchmark.organizations = 2_000;
        benchmark.setUp();
        try {
            long ours = benchmark.ours();
            long baseline = benchmark.handWrittenJackson();
            assertThat(baseline).isPositive();
            assertThat(ours)
                    .as("ours writes the baseline's sections plus the network, board, activities and the rest")
                    .isBetween(baseline, baseline + baseline / 5);
        } finally {
            benchmark.tearDown();
        }
    }
}
