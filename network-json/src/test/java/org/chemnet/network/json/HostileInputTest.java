package org.chemnet.network.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.chemnet.network.TestData;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> json.importInto(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), store))
                .isInstanceOf(NetworkCodecException.class);
        List<org.chemnet.network.NetworkId> networks =
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
}
