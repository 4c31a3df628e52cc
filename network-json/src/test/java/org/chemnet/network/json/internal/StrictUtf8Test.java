package org.chemnet.network.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.chemnet.network.json.CodecProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.exc.JacksonIOException;

/** The filter hands on well-formed UTF-8 unchanged and stops at the first byte of anything else, saying where. */
class StrictUtf8Test {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    /** Every Unicode scalar value but NUL, in UTF-8: one, two, three and four bytes, and every lead byte. */
    private static byte[] everyScalarValue() {
        StringBuilder text = new StringBuilder();
        for (int cp = 1; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
                text.appendCodePoint(cp);
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        int n;
        while ((n = in.read(buffer, 0, chunk)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8000, 1 << 16})
    void handsOnEveryScalarValueUnchangedWhateverTheChunks(int chunk) throws IOException {
        byte[] bytes = everyScalarValue();
        assertThat(readAll(new StrictUtf8(new ByteArrayInputStream(bytes)), chunk))
                .isEqualTo(bytes);
    }

    @Test
    void handsOnByteByByte() throws IOException {
        byte[] bytes = "{\"name\":\"試験 \uD83D\uDE00 ü\"}\r\n".getBytes(StandardCharsets.UTF_8);
        StrictUtf8 in = new StrictUtf8(new ByteArrayInputStream(bytes));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            out.write(b);
        }
        assertThat(out.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void passesAByteOrderMark() throws IOException {
        byte[] bytes = "\uFEFF{}".getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(new StrictUtf8(new ByteArrayInputStream(bytes)), 100))
                .isEqualTo(bytes);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("C0 AF", "an overlong encoding (C0)"),
                Arguments.of("C1 BF", "an overlong encoding (C1)"),
                Arguments.of("E0 80 AF", "an overlong encoding (E0 80)"),
                Arguments.of("E0 9F BF", "an overlong encoding (E0 9F)"),
                Arguments.of("F0 80 80 AF", "an overlong encoding (F0 80)"),
                Arguments.of("F0 8F BF BF", "an overlong encoding (F0 8F)"),
                Arguments.of("80", "a continuation byte where a character should start (80)"),
                Arguments.of("BF", "a continuation byte where a character should start (BF)"),
                Arguments.of("ED A0 80", "a surrogate encoded in UTF-8 (ED A0)"),
                Arguments.of("ED BF BF", "a surrogate encoded in UTF-8 (ED BF)"),
                Arguments.of("F4 90 80 80", "a code point above U+10FFFF (F4 90)"),
                Arguments.of("F5 80 80 80", "a byte that is never part of UTF-8 (F5)"),
                Arguments.of("FE", "a byte that is never part of UTF-8 (FE)"),
                Arguments.of("FF", "a byte that is never part of UTF-8 (FF)"),
                Arguments.of("C3 41", "a sequence cut short (C3 then 41)"),
                Arguments.of("E2 82 41", "a sequence cut short (E2 82 then 41)"),
                Arguments.of("F0 9F 98 22", "a sequence cut short (F0 9F 98 then 22)"),
                Arguments.of("E2 82 C3 A9", "a sequence cut short (E2 82 then C3)"),
                Arguments.of("00", "a NUL byte (00)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesMalformedSequencesAtTheirFirstByte(String sequence, String reason) throws IOException {
        byte[] before = "{\n \"a\": \"xy".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(before, HEX.parseHex(sequence), "z\"}".getBytes(StandardCharsets.UTF_8));
        StrictUtf8 in = new StrictUtf8(new ByteArrayInputStream(bytes));
        byte[] buffer = new byte[100];

        assertThat(in.read(buffer, 0, buffer.length))
                .as("the bytes before the bad sequence")
                .isEqualTo(before.length);
        assertThatThrownBy(() -> in.read(buffer, 0, buffer.length))
                .isInstanceOfSatisfying(MalformedUtf8Exception.class, e -> {
                    assertThat(e.offset()).isEqualTo(before.length);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(10);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage())
                            .isEqualTo("must be JSON text in UTF-8, but has " + reason + " at byte " + before.length);
                });
        assertThatThrownBy(in::read).as("every read after").isInstanceOf(MalformedUtf8Exception.class);
        assertThatThrownBy(() -> in.skip(1)).isInstanceOf(MalformedUtf8Exception.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C3", "E2", "E2 82", "F0", "F0 9F", "F0 9F 98"})
    void refusesASequenceCutShortByTheEnd(String sequence) throws IOException {
        byte[] bytes = concat("ab".getBytes(StandardCharsets.UTF_8), HEX.parseHex(sequence));
        StrictUtf8 in = new StrictUtf8(new ByteArrayInputStream(bytes));

        assertThatThrownBy(() -> readAll(in, 1)).isInstanceOfSatisfying(MalformedUtf8Exception.class, e -> {
            assertThat(e.offset()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo("a sequence cut short by the end of the document (" + sequence + ")");
        });
    }

    @Test
    void findsASequenceSplitAcrossReads() throws IOException {
        byte[] bytes = HEX.parseHex("41 42 E0 80 AF");
        StrictUtf8 in = new StrictUtf8(new ByteArrayInputStream(bytes));
        byte[] buffer = new byte[3];

        assertThat(in.read(buffer, 0, 3)).isEqualTo(3);
        assertThatThrownBy(() -> in.read(buffer, 0, 3))
                .isInstanceOfSatisfying(MalformedUtf8Exception.class, e -> assertThat(e.offset())
                        .isEqualTo(2));
    }

    @Test
    void countsLinesAndColumnsAsJacksonDoes() throws IOException {
        byte[] bytes = concat("a\nb\r\nc\rd\n\n試験".getBytes(StandardCharsets.UTF_8), HEX.parseHex("80"));
        StrictUtf8 in = new StrictUtf8(new ByteArrayInputStream(bytes));

        assertThatThrownBy(() -> readAll(in, 4)).isInstanceOfSatisfying(MalformedUtf8Exception.class, e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.column()).isEqualTo(7);
            assertThat(e.offset()).isEqualTo(bytes.length - 1);
        });
    }

    @Test
    void refusesUtf16AndUtf32() {
        for (var charset : new String[] {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            byte[] bytes = "{\"a\":1}".getBytes(java.nio.charset.Charset.forName(charset));
            assertThatThrownBy(() -> readAll(new StrictUtf8(new ByteArrayInputStream(bytes)), 100))
                    .as(charset)
                    .isInstanceOf(MalformedUtf8Exception.class);
        }
    }

    /** What the JDK's strict decoder refuses, the filter refuses, and the other way round (NUL aside). */
    @Test
    void agreesWithTheJdkDecoderOnEveryShortSequenceAndOnRandomOnes() {
        CharsetDecoder jdk = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int a = 1; a < 256; a++) {
            for (int b = 1; b < 256; b++) {
                agree(jdk, a, b);
            }
        }
        for (int a = 0xE0; a <= 0xEF; a++) {
            for (int b = 1; b < 256; b++) {
                for (int c : new int[] {0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0}) {
                    agree(jdk, a, b, c);
                }
            }
        }
        for (int a = 0xF0; a <= 0xF7; a++) {
            for (int b = 1; b < 256; b++) {
                for (int c : new int[] {0x41, 0x80, 0x8F, 0x90, 0xBF}) {
                    for (int d : new int[] {0x41, 0x80, 0xBF}) {
                        agree(jdk, a, b, c, d);
                    }
                }
            }
        }
        Random random = new Random(20261202L);
        for (int i = 0; i < 20_000; i++) {
            int[] bytes = new int[1 + random.nextInt(6)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = random.nextInt(4) == 0 ? 1 + random.nextInt(255) : 0x80 | random.nextInt(0x80);
            }
            agree(jdk, bytes);
        }
    }

    private static void agree(CharsetDecoder jdk, int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        CharBuffer out = CharBuffer.allocate(2 * bytes.length);
        CoderResult result = jdk.reset().decode(ByteBuffer.wrap(bytes), out, true);
        boolean jdkAccepts = !result.isError() && !jdk.flush(out).isError();
        boolean filterAccepts;
        try {
            readAll(new StrictUtf8(new ByteArrayInputStream(bytes)), 2);
            filterAccepts = true;
        } catch (MalformedUtf8Exception e) {
            filterAccepts = false;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(filterAccepts).as(HEX.formatHex(bytes)).isEqualTo(jdkAccepts);
    }

    @Test
    void mapsTheFailureToASyntaxProblemAtItsLineAndColumn() {
        MalformedUtf8Exception bad = new MalformedUtf8Exception(85, 1, 86, "an overlong encoding (C0)");
        CodecProblem expected = new CodecProblem(
                "/network/name/en",
                1,
                86,
                "Syntax",
                "must be JSON text in UTF-8, but has an overlong encoding (C0) at byte 85");

        assertThat(StrictUtf8.problem(bad, "/network/name/en")).isEqualTo(expected);
        assertThat(StrictUtf8.problem(JacksonIOException.construct(bad), "/network/name/en"))
                .isEqualTo(expected);
        assertThat(StrictUtf8.problem(JacksonIOException.construct(new IOException("disk gone")), "/network"))
                .as("another failure, as before the filter")
                .isEqualTo(new CodecProblem("", 0, 0, "Syntax", "disk gone"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
