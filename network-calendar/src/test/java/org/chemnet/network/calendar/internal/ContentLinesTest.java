package org.chemnet.network.calendar.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ContentLinesTest {
    @Test
    void aLineOf75OctetsStaysWholeAndOneOf76IsFolded() throws IOException {
        String line = "X".repeat(75);

        assertThat(folded(line + "\r\n")).isEqualTo(line + "\r\n");
        assertThat(folded(line + "Y\r\n")).isEqualTo(line + "\r\n Y\r\n");
    }

    @Test
    void foldsCountOctetsAndNeverSplitACharacterOrASurrogatePair() throws IOException {
        String text = "SUMMARY:" + "化学🧪".repeat(30);

        String folded = folded(text + "\r\n");

        for (String line : folded.split("\r\n", -1)) {
            assertThat(line.getBytes(UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line.codePoints().noneMatch(c -> Character.isSurrogate((char) c)))
                    .as("no lone surrogate in " + line)
                    .isTrue();
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(text + "\r\n");
    }

    private static String folded(String unfolded) throws IOException {
        StringWriter out = new StringWriter();
        ContentLines.writeFolded(unfolded, out);
        return out.toString();
    }
}
