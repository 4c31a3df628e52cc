package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.chemnet.network.change.AuditQuery;
import org.chemnet.network.change.RecordedChange;
import org.chemnet.network.organization.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both paths of the change-log benchmark store the same change of a person, each advancing its version by one, and
 * only the one through the runtime records it in the change log, on H2 and on a real PostgreSQL.
 */
class ChangeLogBenchmarkTest {
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void bothPathsStoreTheSameChangeAndOnlyTheRuntimeRecordsIt(String database) {
        ChangeLogBenchmark benchmark = new ChangeLogBenchmark();
        benchmark.database = database;
        benchmark.start();
        try {
            ChangeLogBenchmark.Own own = new ChangeLogBenchmark.Own(ChangeLogBenchmark.person(3));
            long logged = benchmark
                    .runtime()
                    .changes()
                    .audit(AuditQuery.all().limit(1_000))
                    .size();

            Person ours = benchmark.changeThroughTheRuntime(own);
            long afterOurs = benchmark
                    .runtime()
                    .changes()
                    .audit(AuditQuery.all().limit(1_000))
                    .size();
            long version = benchmark.sameUpdateThroughTheStore(own);
            long afterBaseline = benchmark
                    .runtime()
                    .changes()
                    .audit(AuditQuery.all().limit(1_000))
                    .size();

            assertThat(ours).isEqualTo(ChangeLogBenchmark.renamed(ours));
            assertThat(benchmark.runtime().directory().person(own.person)).contains(ours);
            assertThat(version).isEqualTo(3);
            assertThat(afterOurs).isEqualTo(logged + 1);
            assertThat(afterBaseline).isEqualTo(afterOurs);
            assertThat(benchmark.runtime().changes().audit(AuditQuery.all().after(logged)))
                    .extracting(RecordedChange::kind)
                    .containsExactly("PersonChanged");
        } finally {
            benchmark.stop();
        }
    }
}
