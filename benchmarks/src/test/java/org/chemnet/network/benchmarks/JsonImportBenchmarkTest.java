package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The import benchmark and its baseline read the same organizations. */
class JsonImportBenchmarkTest {
    @Test
    void oursAndTheBaselineReadEveryOrganization() {
        JsonImportBenchmark benchmark = new JsonImportBenchmark();
        benchmark.organizations = 2_000;
        benchmark.setUp();
        try {
            assertThat(benchmark.ours()).isEqualTo(2_000);
            assertThat(benchmark.handWrittenJackson()).isEqualTo(2_000);
        } finally {
            benchmark.tearDown();
        }
    }
}
