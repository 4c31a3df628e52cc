package org.chemnet.network.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Former names and the day of dissolution in the native format: written, read, checked and imported. */
class OrganizationsOverTimeJsonTest {
    private static NetworkValidator validator;
    private static NetworkJson json;

    @BeforeAll
    static void start() {
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    private static NetworkGraph graph() {
        NetworkGraph graph = TestData.graph();
        Organization renamed = TestData.member()
                .renamed(LocalizedText.en("Member Holdings"), LocalDate.of(2021, 4, 1))
                .renamed(LocalizedText.jaEn("会員HD", "Member HD"), LocalDate.of(2023, 1, 1));
        Organization dissolved =
                TestData.host().toBuilder().dissolved(LocalDate.of(2030, 1, 1)).build();
        return graph.withOrganization(renamed).withOrganization(dissolved);
    }

    private static String write(NetworkGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(graph, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesFormerNamesAndDissolutionAndReadsThemBack() {
        NetworkGraph graph = graph();
        String text = write(graph);

        assertThat(text)
                .contains("\"formerNames\":[{\"name\":{\"en\":\"Member Co., Ltd.\",\"ja\":\"会員株式会社\"},"
                        + "\"lastDay\":\"2021-03-31\"}")
                .contains("\"dissolved\":\"2030-01-01\"");
        assertThat(write(TestData.graph()))
                .as("an empty list of former names, no day of dissolution")
                .contains("\"formerNames\":[]")
                .doesNotContain("dissolved");
        assertThat(json.read(in(text))).isEqualTo(graph);
        assertThat(json.check(in(text))).isEmpty();
    }

    @Test
    void refusesFormerNamesOutOfOrderWithThePointerAndTheRule() {
        String text = write(graph()).replace("\"2021-03-31\"", "\"2024-03-31\"");

        assertThat(json.check(in(text))).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/organizations/1/formerNames/1/lastDay");
            assertThat(p.rule()).contains("NameHistory");
        });
    }

    @Test
    void importsThemIntoTheStoreAsTheyWere() {
        NetworkGraph graph = graph();
        InMemoryNetworkStore store = new InMemoryNetworkStore();
        try (NetworkRuntime runtime =
                NetworkRuntime.builder().validator(validator).store(store).build()) {
            json.importInto(in(write(graph)), runtime);

            Optional<Organization> member = runtime.directory().organization(TestData.MEMBER);
            assertThat(member).contains(graph.organizations().get(1));
            assertThat(runtime.organizations().nameOn(TestData.MEMBER, LocalDate.of(2022, 6, 1)))
                    .contains(LocalizedText.en("Member Holdings"));
        }
    }

    @Test
    void popoloCarriesFormerNamesWithTheirDaysAndTheDissolutionBothWays() {
        NetworkGraph graph = graph();
        Popolo popolo = new Popolo(json.mapper());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        popolo.write(graph, out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text)
                .contains("{\"name\":\"Member Holdings\",\"note\":\"former name (en)\",\"start_date\":\"2021-04-01\","
                        + "\"end_date\":\"2022-12-31\"}")
                .contains("\"note\":\"former name (ja)\",\"end_date\":\"2021-03-31\"")
                .contains("\"dissolution_date\":\"2030-01-01\"");
        NetworkGraph merged = popolo.merge(NetworkGraph.builder(graph.network()).build(), in(text));
        Organization member = merged.organizations().stream()
                .filter(o -> o.id().equals(TestData.MEMBER))
                .findFirst()
                .orElseThrow();
        assertThat(member.formerNames()).isEqualTo(graph.organizations().get(1).formerNames());
        assertThat(merged.organizations().get(0).dissolved()).contains(LocalDate.of(2030, 1, 1));
    }

    @Test
    void refusesAMembershipThatOutlastsItsDissolvedOrganizationOnBothPaths() {
        NetworkGraph graph = TestData.graph()
                .withOrganization(TestData.member().toBuilder()
                        .dissolved(LocalDate.of(2020, 6, 1))
                        .build());
        String text = write(graph);

        assertThat(json.check(in(text)))
                .extracting(CodecProblem::pointer)
                .contains("/memberships/0/history", "/board/seats/0/term");
        InMemoryNetworkStore store = new InMemoryNetworkStore();
        try (NetworkRuntime runtime =
                NetworkRuntime.builder().validator(validator).store(store).build()) {
            assertThatThrownBy(() -> json.importInto(in(text), runtime))
                    .isInstanceOf(NetworkCodecException.class)
                    .hasMessageContaining("dissolved");
            assertThat(runtime.networks().ids()).isEmpty();
        }
    }
}
