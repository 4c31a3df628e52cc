package org.chemnet.network.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.CaseStudyDissemination;
import org.chemnet.network.activity.ColumnPosting;
import org.chemnet.network.activity.Dialogue;
import org.chemnet.network.activity.InformationCollection;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.activity.PolicyEngagement;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.activity.Tool;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.event.Event;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SeedNetworksTest {
    private static NetworkValidator validator;

    @BeforeAll
    static void start() {
        validator = NetworkValidator.create();
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    static Stream<NetworkGraph> seeds() {
        return SeedNetworks.all().stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void validatesClean(NetworkGraph graph) {
        assertThat(validator.validate(graph)).isEmpty();
        assertThat(validator.validate(graph, Locale.JAPANESE)).isEmpty();
    }

    @Test
    void isTheSameEveryTime() {
        assertThat(JapanNetwork.graph()).isEqualTo(JapanNetwork.graph());
        assertThat(SeedNetworks.all()).isEqualTo(SeedNetworks.all());
    }

    @Test
    void japaneseNetworkHas317ParticipantsOnTheDayOfItsCount() {
        NetworkGraph graph = JapanNetwork.graph();
        long active = graph.memberships().stream()
                .filter(m -> m.isActiveOn(JapanNetwork.COUNTED_ON))
                .count();
        assertThat(active).isEqualTo(317);
        assertThat(graph.memberships().stream().filter(m -> m.isActiveOn(LocalDate.of(2021, 12, 31))))
                .as("some left before the count and some joined after: the count is a query of a day")
                .hasSizeBetween(318, 325);
    }

    @Test
    void the317AreTheAnswerOfAQueryOnTheRuntime() {
        try (NetworkRuntime runtime = NetworkRuntime.builder().build()) {
            SeedNetworks.all().forEach(runtime.networks()::register);
            ParticipantQuery countDay = ParticipantQuery.of(JapanNetwork.ID, JapanNetwork.COUNTED_ON);
            assertThat(runtime.participation().countOn(countDay)).isEqualTo(317);
            assertThat(runtime.participation().participantsOn(countDay)).hasSize(317);
            assertThat(runtime.participation().countOn(countDay.sizes(EnterpriseSize.SME)))
                    .isBetween(100L, 316L);
            assertThat(runtime.networks().ids())
                    .containsExactlyInAnyOrder(JapanNetwork.ID, ChemSecNetwork.ID, IccssNetwork.ID);
        }
    }

    @Test
    void japaneseNetworkIsAsItsDocumentDescribesIt() {
        NetworkGraph graph = JapanNetwork.graph();
        assertThat(graph.network().name().in("ja")).contains("化学物質国際対応ネットワーク");
        assertThat(graph.network().name().in("en"))
                .contains("Network for Strategic Response on International Chemical Management");
        assertThat(graph.network().policy().organizationsOnly()).isTrue();
        assertThat(graph.network().policy().fee())
                .hasValueSatisfying(fee -> assertThat(fee.isFree()).isTrue());
        assertThat(graph.network().policy().admits(OrganizationType.GOVERNMENT_BODY))
                .isFalse();
        assertThat(graph.network().principles()).hasSize(3);
        assertThat(graph.secretariat())
                .hasValueSatisfying(s -> assertThat(s.host()).isEqualTo(JapanNetwork.OECC));
        assertThat(graph.organizations())
                .filteredOn(o -> o.id().equals(JapanNetwork.OECC))
                .extracting(o -> o.website().orElseThrow())
                .containsExactly("http://www.oecc.or.jp");
        assertThat(graph.board().chairOn(JapanNetwork.COUNTED_ON)).isPresent();
        assertThat(graph.board().seatsOn(JapanNetwork.COUNTED_ON)).hasSize(9);
        assertThat(graph.activities())
                .extracting(Activity::getClass)
                .containsExactly(
                        InformationCollection.class,
                        InformationCollection.class,
                        Dialogue.class,
                        CaseStudyDissemination.class,
                        Newsletter.class,
                        ColumnPosting.class,
                        Seminar.class);
        assertThat(((InformationCollection) graph.activities().get(0)).regulations())
                .containsExactly("REACH", "RoHS", "China RoHS");
        assertThat(graph.subscriptions()).hasSize(240);
    }

    @Test
    void generatedParticipantsAreMarkedAndPlausible() {
        NetworkGraph graph = JapanNetwork.graph();
        assertThat(graph.memberships())
                .extracting(m -> m.organization().value())
                .allMatch(id -> id.startsWith(Sources.GENERATED_PREFIX));
        assertThat(graph.organizations().stream().map(Organization::name).map(n -> n.in("ja")
                        .orElseThrow()))
                .doesNotHaveDuplicates()
                .anyMatch(name -> name.endsWith("株式会社"));
        assertThat(graph.organizations())
                .filteredOn(o -> o.type() == OrganizationType.ENTERPRISE)
                .allMatch(o -> o.size().isPresent() && !o.identifiers().isEmpty());
        assertThat(graph.memberships()).extracting(Membership::contact).allMatch(c -> c.isPresent());
    }

    @Test
    void chemSecHasItsThreeStreamsAndBusinessGroup() {
        NetworkGraph graph = ChemSecNetwork.graph();
        assertThat(graph.activities())
                .extracting(Activity::getClass)
                .containsExactly(PolicyEngagement.class, WorkingGroup.class, Tool.class, Tool.class);
        WorkingGroup businessGroup = (WorkingGroup) graph.activities().get(1);
        assertThat(businessGroup.title().resolve(Locale.ENGLISH)).isEqualTo("ChemSec Business Group");
        assertThat(businessGroup.members()).hasSize(13);
        assertThat(graph.secretariat().orElseThrow().responsibilities()).hasSize(3);
        assertThat(graph.network().policy().fee())
                .as("the document states no fee")
                .isEmpty();
    }

    @Test
    void iccssHasItsPrinciplesEventsAndDeclarations() {
        NetworkGraph graph = IccssNetwork.graph();
        assertThat(graph.network().principles()).hasSize(4);
        assertThat(graph.events())
                .extracting(e -> e.acronym().orElse(e.place().city()))
                .containsExactly("Tarnow", "CHEMSS2016", "CHEMSS2017");
        Event chemss2016 = graph.events().get(1);
        assertThat(chemss2016.dates().start()).isEqualTo(LocalDate.of(2016, 4, 18));
        assertThat(chemss2016.dates().end()).contains(LocalDate.of(2016, 4, 20));
        assertThat(chemss2016.place().city()).isEqualTo("Kielce");
        Event chemss2017 = graph.events().get(2);
        assertThat(chemss2017.organizers()).containsExactly(IccssNetwork.CPCIF, IccssNetwork.ICCSS);
        assertThat(chemss2017.participantCount()).contains(2000);
        assertThat(graph.events().get(0).coOrganizers()).containsExactly(IccssNetwork.OPCW);
        assertThat(graph.declarations())
                .extracting(d -> d.adoptedAt())
                .containsExactly(IccssNetwork.TARNOW, IccssNetwork.CHEMSS2016, IccssNetwork.CHEMSS2017);
        assertThat(graph.declarations().get(2).endorsementsOn(LocalDate.of(2020, 1, 1)))
                .hasSize(2);
        assertThat(graph.partners()).hasSize(3);
    }
}
