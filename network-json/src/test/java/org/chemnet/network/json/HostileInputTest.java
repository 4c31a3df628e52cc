package org.chemnet.network.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Input an attacker or a broken program would send is refused with our exception, never a crash. */
class HostileInputTest {
    private static NetworkValidator validator;
    private static NetworkJson json;
    private static String valid;

    @BeforeAll
    static void start() {
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(TestData.graph(), out);
        valid = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    private static List<CodecProblem> check(String text) {
        return json.check(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesTruncatedDocuments() {
        for (int cut : new int[] {0, 1, 17, valid.length() / 2, valid.length() - 1}) {
            assertThat(check(valid.substring(0, cut)))
                    .as("cut at %d", cut)
                    .isNotEmpty()
                    .anyMatch(p -> p.rule().equals("Syntax") || p.rule().equals("Required"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1,2,3]", "\"text\"", "{\"format\":", "\u0000\u0001\u0002", "{}}", "nul"})
    void refusesWhatIsNotANetworkDocument(String text) {
        assertThat(check(text)).isNotEmpty();
    }

    @Test
    void refusesDuplicateKeysSayingWhere() {
        String duplicated = valid.replace("\"acronym\":\"TN\"", "\"acronym\":\"TN\",\"acronym\":\"XX\"");
        assertThat(check(duplicated)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("DuplicateKey");
            assertThat(p.pointer()).isEqualTo("/network/acronym");
            assertThat(p.message()).contains("Duplicate Object property \"acronym\"");
        });
    }

    @Test
    void refusesNestingPastTheLimitWithoutOverflowingTheStack() {
        String deep = "{\"network\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(check(deep)).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo("Limit");
            assertThat(p.message()).contains("Document nesting depth");
        });
    }

    @Test
    void refusesStringsAndNumbersPastTheLimits() {
        String longName = valid.replace("\"Test Network\"", "\"" + "x".repeat(200_000) + "\"");
        assertThat(check(longName)).extracting(CodecProblem::rule).containsExactly("Limit");
        String longNumber = valid.replace("\"founded\":2007", "\"founded\":" + "9".repeat(500));
        assertThat(check(longNumber)).extracting(CodecProblem::rule).containsExactly("Limit");
    }

    @Test
    void refusesDocumentsPastTheLengthLimit() {
        NetworkJson small = NetworkJson.create(validator, JsonOptions.defaults().maxDocumentLength(1_000));
        String big = valid.replace("\"Test Network\"", "\"" + "x".repeat(5_000) + "\"");
        List<CodecProblem> problems = small.check(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)));
        assertThat(problems).extracting(CodecProblem::rule).containsExactly("Limit");
    }

    @Test
    void refusesUnknownSectionsAndVersions() {
        assertThat(check(valid.replace("\"format\":\"chemnet-network\"", "\"format\":\"other\"")))
                .extracting(CodecProblem::pointer, CodecProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/format", "Format"));
        assertThat(check(valid.replace("\"version\":1", "\"version\":2")))
                .extracting(CodecProblem::rule)
                .containsExactly("Version");
        assertThat(check(valid.replace("\"persons\":", "\"people\":[],\"persons\":")))
                .extracting(CodecProblem::pointer)
                .containsExactly("/people");
    }

    @Test
    void aHostileImportStoresNothing() {
        InMemoryNetworkStore store = new InMemoryNetworkStore();
        String broken = valid.substring(0, valid.length() - 40);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.importInto(
                        new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                        org.chemnet.network.NetworkRuntime.builder()
                                .store(store)
                                .build()))
                .isInstanceOf(NetworkCodecException.class);
        List<org.chemnet.network.kernel.NetworkId> networks =
                store.read(r -> r.networks().ids());
        assertThat(networks).isEmpty();
    }

    @Test
    void mutatedDocumentsNeverEscapeAsAnythingButProblems() {
        Random random = new Random(20261123L);
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 2_000; i++) {
            byte[] mutated = bytes.clone();
            int changes = 1 + random.nextInt(8);
            for (int k = 0; k < changes; k++) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            List<CodecProblem> problems = json.check(new ByteArrayInputStream(mutated));
            assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotNull());
        }
    }

    /** The three ways in: reading a whole network, checking one, importing one into a store. */
    enum Path {
        CHECK,
        READ,
        IMPORT;

        /** Every problem the path reports for a document; the store of an import must be left empty. */
        List<CodecProblem> problems(byte[] document) {
            return switch (this) {
                case CHECK -> json.check(new ByteArrayInputStream(document));
                case READ -> thrown(() -> json.read(new ByteArrayInputStream(document)));
                case IMPORT -> {
                    InMemoryNetworkStore store = new InMemoryNetworkStore();
                    List<CodecProblem> problems = thrown(() -> imported(document, store));
                    List<org.chemnet.network.kernel.NetworkId> stored =
                            store.read(r -> r.networks().ids());
                    assertThat(stored).as("networks stored").isEmpty();
                    yield problems;
                }
            };
        }

        private static ImportReport imported(byte[] document, InMemoryNetworkStore store) {
            try (NetworkRuntime runtime = NetworkRuntime.builder().store(store).build()) {
                return json.importInto(new ByteArrayInputStream(document), runtime);
            }
        }

        private static List<CodecProblem> thrown(Runnable reading) {
            try {
                reading.run();
            } catch (NetworkCodecException e) {
                return e.problems();
            }
            throw new AssertionError("read without a problem");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> hugeNumbers() {
        return Stream.of(
                Arguments.of("1E+2147483647", "Amount", Path.CHECK),
                Arguments.of("1E+2147483647", "Amount", Path.READ),
                Arguments.of("1E+2147483647", "Amount", Path.IMPORT),
                Arguments.of("1E999999999", "Amount", Path.CHECK),
                Arguments.of("1E999999999", "Amount", Path.READ),
                Arguments.of("1E999999999", "Amount", Path.IMPORT),
                // BigDecimal cannot hold a scale past Integer.MAX_VALUE: Jackson refuses the number itself
                Arguments.of("1e-2147483648", "Syntax", Path.CHECK),
                Arguments.of("1e-2147483648", "Syntax", Path.READ),
                Arguments.of("1e-2147483648", "Syntax", Path.IMPORT));
    }

    @ParameterizedTest(name = "{0} by {2}")
    @MethodSource("hugeNumbers")
    void refusesFeesWithHugeExponentsNamingTheAmount(String number, String rule, Path path) {
        String document = valid.replaceFirst("\"amount\":0", "\"amount\":" + number);

        assertThat(path.problems(bytes(document))).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/network/policy/fee/amount");
            assertThat(p.rule()).isEqualTo(rule);
        });
    }

    static Stream<Arguments> unpairedSurrogates() {
        return Stream.of(
                Arguments.of("\\uD800Test Network", 0),
                Arguments.of("Test \\uDC00Network", 5),
                Arguments.of("Test Network\\uD800", 12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpairedSurrogates")
    void refusesEscapedUnpairedSurrogatesOnEveryPath(String name, int position) {
        String document = valid.replace("\"Test Network\"", "\"" + name + "\"");
        for (Path path : Path.values()) {
            assertThat(path.problems(bytes(document)))
                    .as("%s", path)
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.pointer()).isEqualTo("/network/name/en");
                        assertThat(p.rule()).isEqualTo("PlainText");
                        assertThat(p.message())
                                .isEqualTo("must be valid Unicode text (an unpaired surrogate at position " + position
                                        + ")");
                    });
        }
    }

    @Test
    void readsEscapedSurrogatePairs() {
        assertThat(check(valid.replace("\"Test Network\"", "\"Test \\uD83D\\uDE00 Network\"")))
                .isEmpty();
    }

    /** The document with bytes put into the network's English name, before "Test Network". */
    private static byte[] withBytesInTheName(byte[] bad, boolean cutAfter) {
        byte[] document = bytes(valid);
        int at = valid.indexOf("Test Network");
        int end = cutAfter ? at : document.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(document, 0, at);
        out.writeBytes(bad);
        out.write(document, at, end - at);
        return out.toByteArray();
    }

    static Stream<Arguments> malformedUtf8() {
        return Stream.of(
                Arguments.of("C0 AF", false, "an overlong encoding (C0)"),
                Arguments.of("E0 80 AF", false, "an overlong encoding (E0 80)"),
                Arguments.of("80", false, "a continuation byte where a character should start (80)"),
                Arguments.of("ED A0 80", false, "a surrogate encoded in UTF-8 (ED A0)"),
                Arguments.of("F4 90 80 80", false, "a code point above U+10FFFF (F4 90)"),
                Arguments.of("E2 82", true, "a sequence cut short by the end of the document (E2 82)"));
    }

    @ParameterizedTest(name = "{0}, cut after: {1}")
    @MethodSource("malformedUtf8")
    void refusesMalformedUtf8AsASyntaxProblemWithItsPosition(String sequence, boolean cutAfter, String reason) {
        byte[] document = withBytesInTheName(HexFormat.ofDelimiter(" ").parseHex(sequence), cutAfter);
        int offset = valid.indexOf("Test Network");
        for (Path path : Path.values()) {
            assertThat(path.problems(document)).as("%s", path).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo("Syntax");
                assertThat(p.pointer()).isEqualTo("/network/name/en");
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.column()).isEqualTo(offset + 1);
                assertThat(p.message())
                        .isEqualTo("must be JSON text in UTF-8, but has " + reason + " at byte " + offset);
            });
        }
    }

    @Test
    void refusesMalformedUtf8AnywhereWithOneProblem() {
        byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
        byte[] document = bytes(valid);
        for (int at : new int[] {
            0,
            1,
            3,
            valid.indexOf("\"organizations\"") + 3,
            valid.lastIndexOf("\"Tokyo\""),
            valid.lastIndexOf('}'),
            document.length
        }) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(document, 0, at);
            out.writeBytes(overlong);
            out.write(document, at, document.length - at);
            assertThat(json.check(new ByteArrayInputStream(out.toByteArray())))
                    .as("at byte %d", at)
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.rule()).isEqualTo("Syntax");
                        assertThat(p.message()).endsWith("an overlong encoding (C0) at byte " + at);
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void acceptsAByteOrderMarkAsBefore(Path path) {
        byte[] document = bytes("\uFEFF" + valid);
        switch (path) {
            case CHECK ->
                assertThat(json.check(new ByteArrayInputStream(document))).isEmpty();
            case READ ->
                assertThat(json.read(new ByteArrayInputStream(document)).network())
                        .isEqualTo(TestData.network());
            case IMPORT ->
                assertThat(Path.imported(document, new InMemoryNetworkStore()).network())
                        .isEqualTo(TestData.NETWORK);
        }
    }

    @Test
    void refusesUtf16AsNotUtf8() {
        byte[] utf16 = valid.getBytes(StandardCharsets.UTF_16LE);
        assertThat(json.check(new ByteArrayInputStream(utf16))).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("Syntax");
            assertThat(p.message()).isEqualTo("must be JSON text in UTF-8, but has a NUL byte (00) at byte 1");
        });
        assertThatThrownBy(() -> Path.imported(utf16, new InMemoryNetworkStore()))
                .isInstanceOf(NetworkCodecException.class);
    }
}
