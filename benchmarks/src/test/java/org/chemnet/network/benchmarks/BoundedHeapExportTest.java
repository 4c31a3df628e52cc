package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chemnet.network.HeapProbe;
import org.junit.jupiter.api.Test;

/**
 * A stored network of 100,000 organizations and their memberships exports as JSON, and then as Popolo, from H2 in one
 * forked JVM of 64 MB: a quarter of the 256 MB target at a tenth of the million organizations the target is measured
 * with (docs/benchmarks.md), so that an export that holds the network in memory (as the graph of issue 14 did, 512 MB
 * for 200,000) fails here at once. The Popolo export runs in the same fork, over the same stored network.
 */
class BoundedHeapExportTest {
    @Test
    void aHundredThousandOrganizationsExportAsJsonAndAsPopoloAtXmx64m() throws IOException, InterruptedException {
        HeapProbe.Run run = HeapProbe.fork("-Xmx64m", BoundedHeapExport.class, "100000");
        String output = run.output();

        assertThat(run.exitValue()).as(output).isZero();
        assertThat(exportedBytes(output, "json"))
                .as("about 430 bytes an organization with its membership")
                .isGreaterThan(100_000L * 400);
        assertThat(exportedBytes(output, "popolo"))
                .as("about 390 bytes an organization with its membership, as Popolo")
                .isGreaterThan(100_000L * 300);
    }

    /** The bytes one export wrote, from its line, whose heap was at most 64 MB. */
    private static long exportedBytes(String output, String format) {
        Matcher m = Pattern.compile("format=" + format + " organizations=100000 exportedBytes=(\\d+) exportMillis=\\d+"
                        + " peakHeapUsedBytes=\\d+ maxHeapBytes=(\\d+)")
                .matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Long.parseLong(m.group(2))).isLessThanOrEqualTo(64L * 1024 * 1024);
        return Long.parseLong(m.group(1));
    }
}
