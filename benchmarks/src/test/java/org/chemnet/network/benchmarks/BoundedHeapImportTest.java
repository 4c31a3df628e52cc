package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A million organizations and their memberships import in a JVM of 64 MB, forked for the purpose: a quarter of the
 * 256 MB target, so that memory that grows with the document fails this test long before it reaches the target.
 */
class BoundedHeapImportTest {
    @Test
    void aMillionOrganizationsImportAtXmx64m() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BoundedHeapImport.class.getName(),
                        "1000000"))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        Matcher m = Pattern.compile("stored=(\\d+) skipped=0 peakHeapUsedBytes=(\\d+) maxHeapBytes=(\\d+)")
                .matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(2_000_001);
        assertThat(Long.parseLong(m.group(3))).isLessThanOrEqualTo(64L * 1024 * 1024);
        System.out.println(output.strip());
    }
}
