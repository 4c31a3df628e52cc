package org.chemnet.network.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.json.NetworkJson;
import org.chemnet.network.json.Popolo;
import org.chemnet.network.json.PopoloCodec;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streaming Popolo writer writes what the graph path of 0.2 wrote ({@link GraphPopolo}, kept here as it was, but
 * for the mapping of an organization, which both share), from a graph and streamed from a store.
 */
class PopoloWriterTest {
    private static NetworkValidator validator;
    private static NetworkJson json;
    private static JsonMapper mapper;

    @BeforeAll
    static void start() {
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
        mapper = json.mapper();
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    private static JsonNode streamed(NetworkGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Popolo(mapper).write(graph, out);
        return mapper.readTree(out.toByteArray());
    }

    private static JsonNode old(NetworkGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphPopolo.write(mapper, graph, out);
        return mapper.readTree(out.toByteArray());
    }

    private static List<NetworkGraph> graphs() {
        return List.of(
                TestData.graph(),
                RandomNetworks.graph(9, 300),
                RandomNetworks.graph(15, 40),
                NetworkGraph.builder(TestData.network()).build());
    }

    @Test
    void writesWhatTheGraphPathWroteForEveryGraph() {
        for (NetworkGraph graph : graphs()) {
            JsonNode streamed = streamed(graph);
            assertThat(streamed).as(graph.network().id().value()).isEqualTo(old(graph));
            assertThat(streamed.path("memberships").size())
                    .isGreaterThanOrEqualTo(graph.memberships().size());
        }
    }

    @Test
    void writesEveryArrayOfAnEmptyNetwork() {
        JsonNode doc = streamed(NetworkGraph.builder(TestData.network()).build());

        assertThat(doc.propertyNames()).containsExactly("organizations", "memberships", "posts", "events");
        assertThat(doc.path("organizations").size()).isEqualTo(1);
        assertThat(doc.path("posts").isArray()).isTrue();
    }

    @Test
    void aStoredNetworkStreamsTheDocumentItsGraphGives() {
        for (NetworkGraph graph : List.of(RandomNetworks.graph(9, 300), TestData.graph())) {
            try (NetworkRuntime runtime = NetworkRuntime.builder()
                    .validator(validator)
                    .store(new InMemoryNetworkStore())
                    .build()) {
                runtime.networks().register(graph);
                NetworkGraph stored =
                        runtime.networks().graph(graph.network().id()).orElseThrow();
                ByteArrayOutputStream viaJson = new ByteArrayOutputStream();
                json.exportPopolo(runtime, graph.network().id(), viaJson);
                ByteArrayOutputStream viaCodec = new ByteArrayOutputStream();
                runtime.networks().export(graph.network().id(), new PopoloCodec(json).writer(viaCodec));

                assertThat(mapper.readTree(viaJson.toByteArray())).isEqualTo(old(stored));
                assertThat(viaCodec.toByteArray()).isEqualTo(viaJson.toByteArray());
            }
        }
    }

    @Test
    void refusesRecordsOutOfTheExportsOrder() {
        NetworkExport writer = new PopoloWriter(mapper, OutputStream.nullOutputStream());
        assertThatThrownBy(() -> writer.organization(TestData.host()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("network comes first");
        writer.network(TestData.network());
        writer.event(TestData.summit());
        assertThatThrownBy(() -> writer.membership(TestData.activeMembership()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("comes before");
    }

    /** The Popolo writer of 0.2, over a whole graph in memory: the reference the streaming writer is held to. */
    private static final class GraphPopolo {
        private GraphPopolo() {}

        static void write(JsonMapper mapper, NetworkGraph graph, OutputStream out) {
            String networkId = graph.network().id().value();
            try (JsonGenerator g = mapper.createGenerator(out)) {
                g.writeStartObject();
                g.writeArrayPropertyStart("organizations");
                Map<String, Object> network = named(graph.network().name());
                network.put("id", networkId);
                graph.network().acronym().ifPresent(a -> addOtherName(network, a, "acronym"));
                network.put("classification", Popolo.NETWORK_CLASSIFICATION);
                graph.network().founded().ifPresent(y -> network.put("founding_date", y.toString()));
                graph.network()
                        .website()
                        .ifPresent(w -> network.put("links", List.of(Map.of("url", w, "note", "website"))));
                mapper.writeValue(g, network);
                for (Organization o : graph.organizations()) {
                    mapper.writeValue(g, PopoloWriter.popoloOrganization(o));
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("memberships");
                for (Membership m : graph.memberships()) {
                    int n = 0;
                    for (Period period : m.activePeriods()) {
                        Map<String, Object> map = new LinkedHashMap<>();
                        map.put("id", m.id().value() + (n++ == 0 ? "" : "-" + n));
                        map.put("organization_id", networkId);
                        map.put(
                                "member",
                                Map.of(
                                        "@type",
                                        "Organization",
                                        "id",
                                        m.organization().value()));
                        map.put("role", m.role().name().toLowerCase(Locale.ROOT));
                        dates(map, period.start(), period.end());
                        mapper.writeValue(g, map);
                    }
                }
                for (BoardSeat seat : graph.board().seats()) {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("id", seat.id().value() + "-holder");
                    map.put("post_id", seat.id().value());
                    map.put("organization_id", networkId);
                    seat.representative().ifPresent(p -> map.put("person_id", p.value()));
                    map.put("on_behalf_of_id", seat.organization().value());
                    dates(map, seat.term().start(), seat.term().end());
                    mapper.writeValue(g, map);
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("posts");
                for (BoardSeat seat : graph.board().seats()) {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("id", seat.id().value());
                    map.put("label", seat.chair() ? "Chair of the board" : "Board member");
                    map.put("role", seat.chair() ? "chair" : "board member");
                    map.put("organization_id", networkId);
                    dates(map, seat.term().start(), seat.term().end());
                    mapper.writeValue(g, map);
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("events");
                for (Event e : graph.events()) {
                    Map<String, Object> map = named(e.name());
                    map.put("id", e.id().value());
                    map.put("classification", e.kind().name().toLowerCase(Locale.ROOT));
                    map.put("organization_id", networkId);
                    map.put(
                            "location",
                            e.place().venue().map(v -> v + ", ").orElse("")
                                    + e.place().city() + ", " + e.place().country());
                    dates(map, e.dates().start(), e.dates().end());
                    mapper.writeValue(g, map);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }

        private static Map<String, Object> named(LocalizedText name) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", name.resolve(Locale.ENGLISH));
            String shown = name.resolve(Locale.ENGLISH);
            name.values().forEach((tag, text) -> {
                if (!text.equals(shown)) {
                    addOtherName(map, text, tag);
                }
            });
            return map;
        }

        @SuppressWarnings("unchecked")
        private static void addOtherName(Map<String, Object> map, String name, String note) {
            ((List<Map<String, String>>) map.computeIfAbsent("other_names", k -> new ArrayList<Map<String, String>>()))
                    .add(Map.of("name", name, "note", note));
        }

        private static void dates(Map<String, Object> map, LocalDate start, Optional<LocalDate> end) {
            map.put("start_date", start.toString());
            end.ifPresent(e -> map.put("end_date", e.toString()));
        }
    }
}
