package org.chemnet.network.calendar.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.Writer;
import org.apiguardian.api.API;

/**
 * Folds content lines as RFC 5545 section 3.1 asks: no line longer than 75 octets of UTF-8, a fold is CRLF and one
 * space, and a character is never split across a fold. (ical4j's own folding counts characters, not octets, so a
 * line of Japanese would be three times too long.) Not part of the API.
 */
@API(status = INTERNAL, since = "0.5.0")
public final class ContentLines {
    /** The most octets of a line, not counting its CRLF. */
    public static final int MAX_OCTETS = 75;

    private ContentLines() {}

    /**
     * Writes unfolded content lines folded.
     *
     * @param unfolded content lines, each ended by CRLF
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void writeFolded(String unfolded, Writer out) throws IOException {
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf("\r\n", start);
            if (end < 0) {
                end = unfolded.length();
            }
            fold(unfolded, start, end, out);
            out.write("\r\n");
            start = end + 2;
        }
    }

    private static void fold(String text, int start, int end, Writer out) throws IOException {
        int octets = 0;
        int i = start;
        while (i < end) {
            int codePoint = text.codePointAt(i);
            if (codePoint == '\r' || codePoint == '\n') {
                throw new IllegalStateException(
                        "a content line holds a line break of its own at " + (i - start) + ": it would end the line");
            }
            int chars = Character.charCount(codePoint);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > MAX_OCTETS) {
                out.write("\r\n ");
                octets = 1;
            }
            out.write(text, i, chars);
            octets += size;
            i += chars;
        }
    }
}
