package org.chemnet.network.examples.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chemnet.network.HeapProbe;
import org.junit.jupiter.api.Test;

/**
 * The directory page of a stored network of 60,000 organizations renders from H2 in a forked JVM of 64 MB: the
 * participants sorted by name past {@value SortedLines#IN_MEMORY} a type through temporary files, the chart from
 * memberships streamed one at a time. A page that held the participants (as the page of issue 14 did) fails here.
 */
class BoundedHeapDirectoryTest {
    @Test
    void sixtyThousandOrganizationsRenderAtXmx64m() throws IOException, InterruptedException {
        HeapProbe.Run run = HeapProbe.fork("-Xmx64m", BoundedHeapDirectory.class, "60000");
        String output = run.output();

        assertThat(run.exitValue()).as(output).isZero();
        Matcher m = Pattern.compile("organizations=60000 pageBytes=(\\d+) pageMillis=\\d+ peakHeapUsedBytes=\\d+"
                        + " maxHeapBytes=(\\d+)")
                .matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Long.parseLong(m.group(1)))
                .as("a list item and a JSON-LD member each")
                .isGreaterThan(60_000L * 100);
        assertThat(Long.parseLong(m.group(2))).isLessThanOrEqualTo(64L * 1024 * 1024);
    }
}
