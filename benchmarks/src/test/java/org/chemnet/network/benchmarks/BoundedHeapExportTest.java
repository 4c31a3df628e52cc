package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chemnet.network.HeapProbe;
import org.junit.jupiter.api.Test;

/**
 * A stored network of 100,000 organizations and their memberships exports as JSON from H2 in a forked JVM of 64 MB:
 * a quarter of the 256 MB target at a tenth of the million organizations the target is measured with
 * (docs/benchmarks.md), so that an export that holds the network in memory (as the graph of issue 14 did, 512 MB for
 * 200,000) fails here at once.
 */
class BoundedHeapExportTest {
    @Test
    void aHundredThousandOrganizationsExportAtXmx64m() throws IOException, InterruptedException {
        HeapProbe.Run run = HeapProbe.fork("-Xmx64m", BoundedHeapExport.class, "100000");
        String output = run.output();

        assertThat(run.exitValue()).as(output).isZero();
        Matcher m = Pattern.compile("organizations=100000 exportedBytes=(\\d+) exportMillis=\\d+ peakHeapUsedBytes=\\d+"
                        + " maxHeapBytes=(\\d+)")
                .matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Long.parseLong(m.group(1)))
                .as("about 430 bytes an organization with its membership")
                .isGreaterThan(100_000L * 400);
        assertThat(Long.parseLong(m.group(2))).isLessThanOrEqualTo(64L * 1024 * 1024);
    }
}
