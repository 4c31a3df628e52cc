package org.chemnet.network.examples.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortedLinesTest {
    @Test
    void sortsMoreLinesThanItKeepsInMemoryAsASortInMemoryWould() throws IOException {
        List<String> keys = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < SortedLines.IN_MEMORY * 2 + 17; i++) {
            keys.add(Integer.toString(random.nextInt(1_000_000), 36) + (i % 5 == 0 ? "\nbroken" : ""));
        }
        StringWriter out = new StringWriter();
        try (SortedLines lines = new SortedLines()) {
            keys.forEach(k -> lines.add(k, "<li>" + k + "</li>"));
            lines.writeTo(out);
            assertThat(lines.size()).isEqualTo(keys.size());
        }

        List<String> expected = new ArrayList<>();
        keys.stream().map(k -> k.replace('\n', ' ')).sorted().forEach(k -> expected.add("<li>" + k + "</li>"));
        List<String> written = List.of(out.toString().split("\n"));
        assertThat(written).containsExactlyElementsOf(expected);
        assertThat(Collections.frequency(written, written.get(0))).isPositive();
    }
}
