package org.chemnet.network.json.internal;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.apiguardian.api.API;
import org.chemnet.network.json.CodecProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Passes a document's bytes on only while they are well-formed UTF-8 (RFC 3629, Unicode table 3-7), and fails with a
 * {@link MalformedUtf8Exception} saying where they are not: a continuation byte where a character should start, an
 * overlong encoding ({@code C0 AF}, {@code E0 80 AF}), a surrogate encoded in UTF-8 ({@code ED A0 80}), a code point
 * above U+10FFFF ({@code F4 90 80 80}), a byte that never appears in UTF-8 ({@code F5} to {@code FF}), a sequence cut
 * short, in the middle or at the end. A NUL byte is refused too: it is never part of JSON text in UTF-8 and is how
 * UTF-16 and UTF-32 show themselves, which RFC 8259 does not allow between systems. A byte order mark is UTF-8 and
 * passes.
 *
 * <p>Jackson's UTF-8 parser decodes overlong encodings and code points above U+10FFFF without a word; this filter
 * stands in front of it. Streaming and bounded: no buffer of its own, one pass over the bytes as the reader asks for
 * them, a state machine of a few fields. The bytes before a bad sequence are handed on first, and the failure comes
 * with the next read, so that the parser has read up to the bad sequence when it fails.
 *
 * <p>Not thread-safe, like the stream it wraps. Closing it closes that stream. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class StrictUtf8 extends InputStream {
    private final InputStream in;
    private final byte[] single = new byte[1];

    /** The offset of the next byte to look at. */
    private long position;

    /** The line of the next byte, from 1. */
    private int line = 1;

    /** The offset the line of the next byte starts at. */
    private long lineStart;

    /** Where the last CR was, so that a CR LF counts as one line break, as Jackson counts it. */
    private long lastCr = -2;

    /** How many continuation bytes the sequence under way still needs; 0 between characters. */
    private int needed;

    /** The least the next continuation byte may be: above 80 after E0, F0. */
    private int lower = 0x80;

    /** The most the next continuation byte may be: below BF after ED, F4. */
    private int upper = 0xBF;

    /** Where the sequence under way starts, its line, and where that line starts. */
    private long sequenceStart;

    private int sequenceLine;
    private long sequenceLineStart;

    /** The bytes of the sequence under way so far, for the message. */
    private final int[] sequence = new int[4];

    private int sequenceLength;

    /** The failure found after bytes that were handed on; thrown by the next read, and by every read after. */
    private MalformedUtf8Exception failure;

    /**
     * Wraps a stream.
     *
     * @param in the bytes, supposed to be UTF-8
     */
    public StrictUtf8(InputStream in) {
        this.in = requireNonNull(in, "in");
    }

    /**
     * The problem to report for bad bytes: {@code Syntax}, at the line and column of the bad sequence's first byte,
     * with its byte offset and what is wrong in the message.
     *
     * @param e the failure
     * @param pointer the JSON Pointer of where the parser was, {@code ""} for the document
     * @return the problem; never null
     */
    public static CodecProblem problem(MalformedUtf8Exception e, String pointer) {
        return new CodecProblem(pointer, e.line(), e.column(), "Syntax", e.getMessage());
    }

    /**
     * The problem to report for a failure of the parser that is not a {@code StreamReadException}: bad bytes found by
     * this filter (the cause of Jackson's {@code JacksonIOException}) as {@link #problem(MalformedUtf8Exception,
     * String)}, at the pointer given; any other failure as before there was a filter, a {@code Syntax} problem of the
     * whole document with Jackson's location and message.
     *
     * @param e what the parser threw
     * @param pointer the JSON Pointer of where the parser was, for bad bytes
     * @return the problem; never null
     */
    public static CodecProblem problem(JacksonException e, String pointer) {
        if (e instanceof JacksonIOException && e.getCause() instanceof MalformedUtf8Exception m) {
            return problem(m, pointer);
        }
        TokenStreamLocation at = e.getLocation();
        return new CodecProblem(
                "",
                at == null ? 0 : Math.max(0, at.getLineNr()),
                at == null ? 0 : Math.max(0, at.getColumnNr()),
                "Syntax",
                String.valueOf(e.getOriginalMessage()));
    }

    @Override
    public int read() throws IOException {
        int n = read(single, 0, 1);
        return n <= 0 ? -1 : single[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (failure != null) {
            throw again(failure);
        }
        if (length == 0) {
            return 0;
        }
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            if (needed > 0) {
                failure = fail(sequenceStart, "a sequence cut short by the end of the document (" + bytes(-1) + ")");
                throw again(failure);
            }
            return -1;
        }
        long start = position;
        if (scan(buffer, offset, n)) {
            return n;
        }
        long before = failure.offset() - start;
        if (before > 0) {
            return (int) before;
        }
        throw again(failure);
    }

    @Override
    public int available() throws IOException {
        return failure == null ? in.available() : 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Looks at bytes in order, carrying the state from one call to the next.
     *
     * @return true if every byte is fine; false, with {@link #failure} set, at the first bad sequence
     */
    private boolean scan(byte[] buffer, int offset, int count) {
        int end = offset + count;
        long base = position - offset;
        for (int i = offset; i < end; i++) {
            int c = buffer[i];
            if (needed == 0) {
                if (c > '\r') {
                    continue;
                }
                long at = base + i;
                if (c >= 0) {
                    if (c == '\n') {
                        if (lastCr != at - 1) {
                            line++;
                        }
                        lineStart = at + 1;
                    } else if (c == '\r') {
                        line++;
                        lineStart = at + 1;
                        lastCr = at;
                    } else if (c == 0) {
                        return bad(at, "a NUL byte (00)");
                    }
                    continue;
                }
                c &= 0xFF;
                if (c < 0xC0) {
                    return bad(at, "a continuation byte where a character should start (" + hex(c) + ")");
                }
                if (c < 0xC2) {
                    return bad(at, "an overlong encoding (" + hex(c) + ")");
                }
                if (c > 0xF4) {
                    return bad(at, "a byte that is never part of UTF-8 (" + hex(c) + ")");
                }
                start(at, c);
            } else {
                c &= 0xFF;
                if (c < lower || c > upper) {
                    String reason = c < 0x80 || c > 0xBF
                            ? "a sequence cut short (" + bytes(c) + ")"
                            : secondByteProblem() + " (" + bytes(c) + ")";
                    failure = fail(sequenceStart, reason);
                    return false;
                }
                sequence[sequenceLength++] = c;
                lower = 0x80;
                upper = 0xBF;
                needed--;
            }
        }
        position = base + end;
        return true;
    }

    /** Starts a sequence of two, three or four bytes at a lead byte from C2 to F4. */
    private void start(long at, int lead) {
        sequenceStart = at;
        sequenceLine = line;
        sequenceLineStart = lineStart;
        sequence[0] = lead;
        sequenceLength = 1;
        if (lead < 0xE0) {
            needed = 1;
        } else if (lead < 0xF0) {
            needed = 2;
            lower = lead == 0xE0 ? 0xA0 : 0x80;
            upper = lead == 0xED ? 0x9F : 0xBF;
        } else {
            needed = 3;
            lower = lead == 0xF0 ? 0x90 : 0x80;
            upper = lead == 0xF4 ? 0x8F : 0xBF;
        }
    }

    /** What a continuation byte out of the second byte's range after E0, ED, F0 or F4 means. */
    private String secondByteProblem() {
        return switch (sequence[0]) {
            case 0xED -> "a surrogate encoded in UTF-8";
            case 0xF4 -> "a code point above U+10FFFF";
            default -> "an overlong encoding";
        };
    }

    /** A bad byte where a character should start. */
    private boolean bad(long at, String reason) {
        sequenceLine = line;
        sequenceLineStart = lineStart;
        failure = fail(at, reason);
        return false;
    }

    private MalformedUtf8Exception fail(long at, String reason) {
        int column = (int) Math.min(Integer.MAX_VALUE, at - sequenceLineStart + 1);
        return new MalformedUtf8Exception(at, sequenceLine, column, reason);
    }

    /** A new exception like one thrown before, so that each read that fails has a trace of its own. */
    private static MalformedUtf8Exception again(MalformedUtf8Exception e) {
        return new MalformedUtf8Exception(e.offset(), e.line(), e.column(), e.reason());
    }

    /** The bytes of the sequence under way, then the one that broke it (or none, if negative), in hex. */
    private String bytes(int breaking) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sequenceLength; i++) {
            text.append(i == 0 ? "" : " ").append(hex(sequence[i]));
        }
        if (breaking >= 0) {
            text.append(breaking < 0x80 || breaking > 0xBF ? " then " : " ").append(hex(breaking));
        }
        return text.toString();
    }

    private static String hex(int b) {
        return String.format("%02X", b);
    }
}
