package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chemnet.network.HeapProbe;
import org.chemnet.network.json.JsonOptions;
import org.junit.jupiter.api.Test;

/**
 * A million organizations and their memberships import in a forked JVM of 128 MB, half the 256 MB target, so that
 * memory that grows with the document fails this test long before it reaches the target. The importer holds, per
 * record, only what the rules of a consistent network need: hashes of identifiers and the periods of memberships
 * (about 64 bytes a membership with its organization). A million invalid records, each refused, leave a bounded
 * report.
 */
class BoundedHeapImportTest {
    private static final String HEAP = "-Xmx128m";

    @Test
    void aMillionOrganizationsImportAtXmx128m() throws IOException, InterruptedException {
        String output = run("1000000");

        Matcher m = Pattern.compile("stored=(\\d+) skipped=0 problems=0 peakHeapUsedBytes=(\\d+) maxHeapBytes=(\\d+)")
                .matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(2_000_001);
        assertThat(Long.parseLong(m.group(3))).isLessThanOrEqualTo(128L * 1024 * 1024);
    }

    @Test
    void aMillionInvalidRecordsLeaveABoundedReportAtXmx128m() throws IOException, InterruptedException {
        String output = run("1000000", "invalid");

        Matcher m = Pattern.compile("stored=(\\d+) skipped=(\\d+) problems=(\\d+) peakHeapUsedBytes=")
                .matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Long.parseLong(m.group(1))).as("the network alone").isEqualTo(1);
        assertThat(Long.parseLong(m.group(2)))
                .as("the problems listed, and one that counts the rest")
                .isEqualTo(JsonOptions.DEFAULT_MAX_PROBLEMS + 1);
        assertThat(Long.parseLong(m.group(3)))
                .as("each organization's country, and each membership's unknown organization")
                .isEqualTo(2_000_000);
    }

    private static String run(String... args) throws IOException, InterruptedException {
        HeapProbe.Run run = HeapProbe.fork(HEAP, BoundedHeapImport.class, args);
        assertThat(run.exitValue()).as(run.output()).isZero();
        return run.output();
    }
}
