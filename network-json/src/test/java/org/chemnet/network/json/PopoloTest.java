package org.chemnet.network.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.TestData;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PopoloTest {
    private static NetworkValidator validator;
    private static Popolo popolo;
    private static NetworkJson json;

    @BeforeAll
    static void start() {
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
        popolo = new Popolo(json.mapper());
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    private static byte[] export(NetworkGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        popolo.write(graph, out);
        return out.toByteArray();
    }

    @Test
    void exportsOrganizationsMembershipsPostsAndEvents() {
        JsonNode doc = json.mapper().readTree(export(TestData.graph()));

        JsonNode network = doc.path("organizations").get(0);
        assertThat(network.path("id").asString()).isEqualTo("test-network");
        assertThat(network.path("classification").asString()).isEqualTo("network");
        JsonNode member = doc.path("organizations").get(2);
        assertThat(member.path("name").asString()).isEqualTo("Member Co., Ltd.");
        assertThat(member.path("other_names").get(0).path("name").asString()).isEqualTo("会員株式会社");
        assertThat(member.path("other_names").get(0).path("note").asString()).isEqualTo("ja");
        assertThat(member.path("identifiers").get(0).path("scheme").asString()).isEqualTo("jp-corporate-number");
        JsonNode membership = doc.path("memberships").get(0);
        assertThat(membership.path("organization_id").asString()).isEqualTo("test-network");
        assertThat(membership.path("member").path("@type").asString()).isEqualTo("Organization");
        assertThat(membership.path("member").path("id").asString()).isEqualTo("member");
        assertThat(membership.path("start_date").asString()).isEqualTo("2019-02-01");
        assertThat(membership.has("end_date")).isFalse();
        JsonNode post = doc.path("posts").get(0);
        assertThat(post.path("role").asString()).isEqualTo("chair");
        assertThat(doc.path("memberships").get(1).path("post_id").asString()).isEqualTo("seat1");
        assertThat(doc.path("events").get(0).path("start_date").asString()).isEqualTo("2016-04-18");
        assertThat(doc.path("events").get(0).path("end_date").asString()).isEqualTo("2016-04-20");
    }

    @Test
    void aSuspensionMakesTwoPopoloMemberships() {
        NetworkGraph graph = RandomNetworks.graph(9, 300);
        long periods = graph.memberships().stream()
                .mapToLong(m -> m.activePeriods().size())
                .sum();
        JsonNode doc = json.mapper().readTree(export(graph));
        long exported = 0;
        for (JsonNode m : doc.path("memberships")) {
            exported += m.has("member") ? 1 : 0;
        }
        assertThat(exported)
                .isEqualTo(periods)
                .isGreaterThan(graph.memberships().size());
    }

    @Test
    void bringsPopoloOrganizationsAndMembershipsIntoANetwork() {
        NetworkGraph source = RandomNetworks.graph(10, 80);
        NetworkGraph bare = NetworkGraph.builder(source.network()).build();

        NetworkGraph merged = popolo.merge(bare, new ByteArrayInputStream(export(source)));

        assertThat(merged.organizations()).hasSameSizeAs(source.organizations());
        assertThat(merged.organizations().get(3).name())
                .isEqualTo(source.organizations().get(3).name());
        assertThat(merged.organizations().get(3).identifiers())
                .isEqualTo(source.organizations().get(3).identifiers());
        assertThat(validator.validate(merged)).isEmpty();
        LocalDate day = LocalDate.of(2016, 1, 1);
        for (Membership m : source.memberships()) {
            long before = source.memberships().stream()
                    .filter(x -> x.organization().equals(m.organization()))
                    .filter(x -> x.isActiveOn(day))
                    .count();
            long after = merged.memberships().stream()
                    .filter(x -> x.organization().equals(m.organization()))
                    .filter(x -> x.isActiveOn(day))
                    .count();
            assertThat(after).as("active on %s: %s", day, m.organization()).isEqualTo(before);
        }
    }

    @Test
    void refusesWhatIsNotPopolo() {
        NetworkGraph bare = NetworkGraph.builder(TestData.network()).build();
        assertThatThrownBy(() -> popolo.merge(bare, new ByteArrayInputStream("{not".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(NetworkCodecException.class);
        String badMembership = "{\"memberships\":[{\"id\":\"m\",\"organization_id\":\"test-network\","
                + "\"member\":{\"@type\":\"Organization\",\"id\":\"o\"},\"start_date\":\"yesterday\"}]}";
        assertThatThrownBy(() ->
                        popolo.merge(bare, new ByteArrayInputStream(badMembership.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(NetworkCodecException.class, e -> assertThat(e.problems())
                        .extracting(CodecProblem::pointer)
                        .isEqualTo(List.of("/memberships/0")));
    }
}
