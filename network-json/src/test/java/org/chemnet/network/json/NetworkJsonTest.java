package org.chemnet.network.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.chemnet.network.EveryRecord;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.TestData;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class NetworkJsonTest {
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

    static String write(NetworkGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(graph, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A runtime over a store, for imports. */
    static NetworkRuntime runtime(InMemoryNetworkStore store) {
        return NetworkRuntime.builder().validator(validator).store(store).build();
    }

    static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The graph with one organization's country replaced, valid or not: the writer writes what it is given. */
    static NetworkGraph withCountry(NetworkGraph graph, int index, String country) {
        return graph.withOrganization(
                graph.organizations().get(index).toBuilder().country(country).build());
    }

    @Test
    void roundTripsTheTestNetwork() {
        NetworkGraph graph = TestData.graph();
        assertThat(json.read(in(write(graph)))).isEqualTo(graph);
    }

    @Test
    void roundTripsARetiredActivityWithItsLastDayAndImportsIt() {
        NetworkGraph g = TestData.graph();
        Activity retired = TestData.newsletter().retiredAfter(LocalDate.of(2024, 6, 30));
        NetworkGraph graph = new NetworkGraph(
                g.network(),
                g.organizations(),
                g.persons(),
                g.memberships(),
                g.board(),
                g.secretariat(),
                g.partners(),
                List.of(TestData.seminar(), retired),
                g.events(),
                g.declarations(),
                g.subscriptions());

        String text = write(graph);

        assertThat(text)
                .contains("\"id\":\"newsletter\"")
                .contains("\"retired\":\"2024-06-30\"")
                .containsOnlyOnce("\"retired\"");
        assertThat(json.read(in(text))).isEqualTo(graph);
        InMemoryNetworkStore store = new InMemoryNetworkStore();
        json.importInto(in(text), runtime(store));
        java.util.Optional<Activity> stored = store.read(r -> r.content().activity(TestData.NEWSLETTER));
        assertThat(stored).contains(retired);
        assertThat(json.check(in(text.replace("\"2024-06-30\"", "\"2024-02-30\""))))
                .extracting(CodecProblem::pointer)
                .containsExactly("/activities/1/retired");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13})
    void roundTripsRandomNetworks(long seed) {
        NetworkGraph graph = RandomNetworks.graph(seed, 150);
        assertThat(json.read(in(write(graph)))).isEqualTo(graph);
    }

    @Test
    void roundTripsEveryRecordAndImportsAndExportsIt() {
        NetworkGraph every = EveryRecord.graph();
        String text = write(every);

        assertThat(json.read(in(text))).isEqualTo(every);
        assertThat(json.check(in(text))).isEmpty();
        assertThat(text)
                .contains("\"boardRules\":{\"quorumPercent\":60,\"majority\":\"SIMPLE\"}")
                .contains("\"occasion\":{\"kind\":\"SEMINAR\",\"id\":\"seminar\"}")
                .contains("\"registrant\":{\"organization\":\"host\",\"person\":\"first-head\"}")
                .contains("\"counts\":[{\"option\":\"YES\",\"value\":2}")
                .doesNotContain("\"open\"", "\"exOfficio\"", "\"result\"");
        InMemoryNetworkStore store = new InMemoryNetworkStore();
        try (NetworkRuntime runtime = runtime(store)) {
            json.importInto(in(text), runtime);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            json.export(runtime, TestData.NETWORK, out);
            NetworkGraph back = json.read(new ByteArrayInputStream(out.toByteArray()));

            assertThat(back)
                    .isEqualTo(runtime.networks().graph(TestData.NETWORK).orElseThrow());
            assertThat(back.affiliations()).isEqualTo(every.affiliations());
            assertThat(back.eventSeries()).isEqualTo(every.eventSeries());
            assertThat(back.registrationRules()).isEqualTo(every.registrationRules());
            assertThat(back.registrations()).isEqualTo(every.registrations());
            assertThat(back.boardRules()).isEqualTo(every.boardRules());
            assertThat(back.motions()).isEqualTo(every.motions());
            assertThat(back.votes()).isEqualTo(every.votes());
        }
    }

    @Test
    void refusesACapacityBelowTheConfirmedAVoteOnAnUnknownMotionAndOverlappingHeadsNamingFieldAndRule() {
        String text = write(EveryRecord.graph());
        String tooSmall = text.replace("\"capacity\":2", "\"capacity\":1");
        String elsewhere = text.replaceFirst("\"motion\":\"adopt-programme\"", "\"motion\":\"other-networks-motion\"");
        String overlapping = text.replace(
                "\"role\":\"HEAD\",\"period\":{\"start\":\"2020-04-01\"}",
                "\"role\":\"HEAD\",\"period\":{\"start\":\"2020-03-01\"}");
        NetworkJson japanese =
                NetworkJson.create(validator, JsonOptions.defaults().locale(Locale.JAPANESE));

        for (String broken : List.of(tooSmall, elsewhere, overlapping)) {
            assertThat(broken).isNotEqualTo(text);
            InMemoryNetworkStore store = new InMemoryNetworkStore();
            try (NetworkRuntime runtime = runtime(store)) {
                assertThatThrownBy(() -> json.importInto(in(broken), runtime))
                        .isInstanceOf(NetworkCodecException.class);
                assertThat(runtime.networks().ids()).isEmpty();
            }
        }
        assertThat(json.check(in(tooSmall)))
                .extracting(CodecProblem::pointer, CodecProblem::rule, CodecProblem::message)
                .containsExactly(tuple(
                        "/registrations/2/status",
                        "ConsistentGraph",
                        "must not confirm more registrations than the capacity of the event or seminar"));
        assertThat(json.check(in(elsewhere)))
                .extracting(CodecProblem::pointer, CodecProblem::rule, CodecProblem::message)
                .containsExactly(tuple(
                        "/votes/0/motion",
                        "ConsistentGraph",
                        "must refer to a motion of the network that comes before"));
        assertThat(json.check(in(overlapping)))
                .extracting(CodecProblem::pointer, CodecProblem::rule, CodecProblem::message)
                .containsExactly(tuple(
                        "/affiliations/2/period",
                        "ConsistentGraph",
                        "must not overlap another head affiliation of the same organization: an organization"
                                + " has one head at a time"));
        assertThat(japanese.check(in(overlapping)))
                .extracting(CodecProblem::message)
                .first()
                .isEqualTo("同じ組織の他の代表者としての所属と重なってはなりません。組織の代表者は同時に一人です");
    }

    @Test
    void writesTheDocumentedShape() {
        String text = write(TestData.graph());
        assertThat(text)
                .startsWith("{\"format\":\"chemnet-network\",\"version\":1,\"network\":{\"id\":\"test-network\","
                        + "\"name\":{\"en\":\"Test Network\",\"ja\":\"試験ネットワーク\"}")
                .contains("\"activities\":[{\"kind\":\"SEMINAR\",\"id\":\"seminar\"")
                .contains("\"founded\":2007")
                .contains("\"dates\":{\"start\":\"2016-04-18\",\"end\":\"2016-04-20\"}")
                .doesNotContain("\"acronym\":null", "\"description\":null")
                .as("sections since 0.5.0 only when they hold records, so that older readers read the rest")
                .doesNotContain("\"affiliations\"", "\"registrations\"", "\"boardRules\"", "\"votes\"");
    }

    @Test
    void reportsEveryProblemWithPointerLineColumnAndRule() {
        String text = write(RandomNetworks.graph(3, 60))
                .replace("\"id\":\"org-0000041\",", "\"id\":\"org-0000041\",\n\"bogus\":1,");

        assertThatThrownBy(() -> json.read(in(text))).isInstanceOfSatisfying(NetworkCodecException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            CodecProblem unknown = e.problems().get(0);
            assertThat(unknown.pointer()).isEqualTo("/organizations/41/bogus");
            assertThat(unknown.rule()).isEqualTo("UnknownProperty");
            assertThat(unknown.message()).isEqualTo("is not a property of Organization");
            assertThat(unknown.line()).isEqualTo(2);
        });
    }

    @Test
    void reportsRuleViolationsOfRecordsWithPointersInEitherLanguage() {
        String text = write(withCountry(RandomNetworks.graph(3, 60), 42, "jp"));
        NetworkJson japanese =
                NetworkJson.create(validator, JsonOptions.defaults().locale(Locale.JAPANESE));

        List<CodecProblem> problems = json.check(in(text));
        List<CodecProblem> inJapanese = japanese.check(in(text));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/organizations/42/country");
            assertThat(p.rule()).isEqualTo("CountryCode");
            assertThat(p.message()).isEqualTo("must be an ISO 3166-1 alpha-2 country code in upper case, such as JP");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isGreaterThan(1);
        });
        assertThat(inJapanese).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("ISO 3166-1 alpha-2 の大文字の国コード（例: JP）でなければなりません"));
    }

    @Test
    void reportsMissingAndMistypedValues() {
        String text = "{\"format\":\"chemnet-network\",\"version\":1,\"network\":{\"id\":\"n\"},"
                + "\"organizations\":[{\"id\":\"o1\",\"name\":{\"en\":\"O\"},\"type\":\"NOT_A_TYPE\"},"
                + "{\"id\":\"bad id!\",\"name\":{\"en\":\"O\"},\"type\":\"NGO\"}, 7]}";

        List<CodecProblem> problems = json.check(in(text));

        assertThat(problems)
                .extracting(CodecProblem::pointer, CodecProblem::rule)
                .containsExactly(
                        tuple("/network/name", "Required"),
                        tuple("/organizations/0/type", "Format"),
                        tuple("/organizations/1/id", "Format"),
                        tuple("/organizations/2", "Type"));
        assertThat(problems.get(2).message()).contains("organizationId must be 1 to 128 letters");
    }

    @Test
    void reportsDaysThatAreNotDaysWhereTheyAre() {
        String valid = write(TestData.graph());
        String text = valid.replaceFirst("\"date\":\"\\d{4}-\\d{2}-\\d{2}\"", "\"date\":\"2020-02-30\"");
        assertThat(text).isNotEqualTo(valid);

        List<CodecProblem> problems = json.check(in(text));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).matches("/memberships/0/history/0/date");
            assertThat(p.rule()).isEqualTo("Format");
            assertThat(p.message()).contains("2020-02-30");
        });
    }

    @Test
    void ignoresUnknownPropertiesWhenAsked() {
        String text =
                write(TestData.graph()).replace("\"acronym\":\"TN\"", "\"acronym\":\"TN\",\"extra\":[1,{\"x\":2}]");
        assertThat(json.check(in(text))).extracting(CodecProblem::rule).containsExactly("UnknownProperty");
        NetworkJson lenient =
                NetworkJson.create(validator, JsonOptions.defaults().ignoringUnknownProperties());
        assertThat(lenient.read(in(text))).isEqualTo(TestData.graph());
    }

    @Test
    void checksReferencesAcrossTheWholeDocument() {
        String text = write(TestData.graph()).replace("\"organization\":\"member\"", "\"organization\":\"ghost\"");
        assertThat(json.check(in(text)))
                .extracting(CodecProblem::pointer, CodecProblem::rule)
                .contains(tuple("/memberships/0/organization", "ConsistentGraph"));
    }

    @Test
    void theJacksonModuleIsFoundByJacksonsOwnDiscovery() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.writeValueAsString(TestData.NETWORK)).isEqualTo("\"test-network\"");
        assertThat(mapper.readValue("{\"en\":\"x\"}", org.chemnet.network.common.LocalizedText.class))
                .isEqualTo(org.chemnet.network.common.LocalizedText.en("x"));
    }

    @Test
    void thePluginIsFoundByServiceLoaderAndContributesBothCodecs() {
        try (NetworkRuntime runtime = NetworkRuntime.builder().discoverPlugins().build()) {
            assertThat(runtime.codec(JsonCodec.FORMAT)).isPresent();
            assertThat(runtime.codec(PopoloCodec.FORMAT)).isPresent();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            runtime.codec("json").orElseThrow().write(TestData.graph(), out);
            assertThat(runtime.codec("json").orElseThrow().read(new ByteArrayInputStream(out.toByteArray())))
                    .isEqualTo(TestData.graph());
            assertThatThrownBy(() -> runtime.codec("popolo").orElseThrow().read(in("{}")))
                    .isInstanceOf(NetworkCodecException.class)
                    .hasMessageContaining("Popolo.merge");
        }
    }

    @Test
    void importsIntoAStoreStreamingAllOrNothing() {
        NetworkGraph graph = RandomNetworks.graph(4, 2_500);
        InMemoryNetworkStore store = new InMemoryNetworkStore();

        ImportReport report = json.importInto(in(write(graph)), runtime(store));

        assertThat(report.skipped()).isEmpty();
        assertThat(report.stored()).isGreaterThan(5_000);
        NetworkGraph back = store.read(r -> r.graph(graph.network().id())).orElseThrow();
        assertThat(back.organizations()).containsExactlyInAnyOrderElementsOf(graph.organizations());
        assertThat(back.memberships()).hasSameSizeAs(graph.memberships());

        String broken = write(RandomNetworks.graph(5, 2_500)).replace("\"org-0002000\",", "\"org-0002000\",\"x\":1,");
        InMemoryNetworkStore empty = new InMemoryNetworkStore();
        assertThatThrownBy(() -> json.importInto(in(broken), runtime(empty)))
                .isInstanceOfSatisfying(NetworkCodecException.class, e -> assertThat(e.pointer())
                        .isEqualTo("/organizations/2000/x"));
        List<org.chemnet.network.kernel.NetworkId> networks =
                empty.read(r -> r.networks().ids());
        assertThat(networks).isEmpty();
    }

    @Test
    void skipsInvalidRecordsWhenAskedAndReportsThem() {
        String broken = write(withCountry(RandomNetworks.graph(6, 100), 10, "XX"));
        NetworkJson skipping =
                NetworkJson.create(validator, JsonOptions.defaults().skippingInvalidRecords());
        InMemoryNetworkStore store = new InMemoryNetworkStore();

        ImportReport report = skipping.importInto(in(broken), runtime(store));

        assertThat(report.skipped())
                .extracting(CodecProblem::pointer)
                .containsExactly(
                        "/organizations/10/country", "/memberships/10/organization", "/subscriptions/10/organization");
        java.util.Optional<org.chemnet.network.organization.Organization> skipped = store.read(
                r -> r.organizations().organization(org.chemnet.network.organization.OrganizationId.of("org-0000010")));
        assertThat(skipped).isEmpty();
        List<org.chemnet.network.membership.Membership> memberships =
                store.read(r -> r.memberships().memberships(report.network()));
        assertThat(memberships).hasSize(99);
    }
}
