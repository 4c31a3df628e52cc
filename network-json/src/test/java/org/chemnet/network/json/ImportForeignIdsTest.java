package org.chemnet.network.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.EveryRecord;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.graph.ImportOptions;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A document whose membership, board seat, activity, event, declaration or subscription identifiers another network
 * of the store holds: each is a problem at its {@code id}, rule {@code ConsistentGraph}, naming the network.
 */
class ImportForeignIdsTest {
    private static final NetworkId OTHER = NetworkId.of("other-net");
    private static final List<String> POINTERS = List.of(
            "/memberships/0/id",
            "/board/seats/0/id",
            "/activities/0/id",
            "/activities/1/id",
            "/events/0/id",
            "/declarations/0/id",
            "/subscriptions/0/id");

    private static final org.chemnet.network.decision.MotionId ABOUT_THEIRS =
            org.chemnet.network.decision.MotionId.of("about-their-newsletter");

    private NetworkValidator validator;
    private NetworkJson json;
    private NetworkRuntime runtime;

    @BeforeEach
    void start() {
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
        runtime = NetworkRuntime.builder()
                .validator(validator)
                .store(new InMemoryNetworkStore())
                .build();
        runtime.networks().register(TestData.graph());
    }

    @AfterEach
    void stop() {
        runtime.close();
        validator.close();
    }

    /** The test network again under another identifier: every record's identifier is the test network's. */
    private ByteArrayInputStream again() {
        NetworkGraph graph = TestData.graph();
        Network other = TestData.network(OTHER, LocalizedText.en("Other"));
        Membership m = TestData.activeMembership();
        NetworkGraph copy = new NetworkGraph(
                other,
                graph.organizations(),
                graph.persons(),
                List.of(new Membership(m.id(), OTHER, m.organization(), m.role(), m.contact(), m.history(), 0)),
                graph.board(),
                graph.secretariat(),
                graph.partners(),
                graph.activities(),
                graph.events(),
                graph.declarations(),
                graph.subscriptions());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(copy, out);
        return new ByteArrayInputStream(out.toByteArray());
    }

    @Test
    void eachIdentifierAnotherNetworkHoldsIsAProblemWithItsPointer() {
        assertThatThrownBy(() -> json.importInto(again(), runtime))
                .isInstanceOfSatisfying(NetworkCodecException.class, e -> {
                    assertThat(e.problems())
                            .extracting(CodecProblem::pointer)
                            .containsExactlyInAnyOrderElementsOf(POINTERS);
                    assertThat(e.problems()).allSatisfy(p -> {
                        assertThat(p.rule()).isEqualTo("ConsistentGraph");
                        assertThat(p.message()).endsWith("is stored in network test-network");
                        assertThat(p.line()).isPositive();
                    });
                });

        assertThat(runtime.networks().network(OTHER)).isEmpty();
    }

    @Test
    void skippingInvalidRecordsStoresTheRestAndReportsThem() {
        ImportReport report =
                json.importInto(again(), runtime, ImportOptions.defaults().skippingInvalidRecords());

        assertThat(report.skipped()).extracting(CodecProblem::pointer).containsExactlyInAnyOrderElementsOf(POINTERS);
        NetworkGraph stored = runtime.networks().graph(OTHER).orElseThrow();
        assertThat(stored.secretariat()).isPresent();
        assertThat(stored.memberships()).isEmpty();
        assertThat(stored.activities()).isEmpty();
        assertThat(runtime.networks().graph(TestData.NETWORK).orElseThrow().memberships())
                .extracting(Membership::network)
                .containsExactly(TestData.NETWORK);
    }

    @Test
    void aSeriesARegistrationAndAMotionAnotherNetworkHoldsAreProblemsAndSoAreVotesOnThatMotion() {
        try (NetworkRuntime fresh = NetworkRuntime.builder()
                .validator(validator)
                .store(new InMemoryNetworkStore())
                .build()) {
            NetworkGraph every = EveryRecord.graph();
            fresh.networks().register(every);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            json.write(underOtherNetwork(every), out);

            assertThatThrownBy(() -> json.importInto(new ByteArrayInputStream(out.toByteArray()), fresh))
                    .isInstanceOfSatisfying(NetworkCodecException.class, e -> {
                        assertThat(e.problems())
                                .filteredOn(p -> p.message().endsWith("is stored in network test-network"))
                                .extracting(CodecProblem::pointer)
                                .contains(
                                        "/eventSeries/0/id",
                                        "/registrations/0/id",
                                        "/registrations/3/id",
                                        "/motions/0/id");
                        assertThat(e.problems())
                                .filteredOn(p -> p.pointer().startsWith("/votes/"))
                                .extracting(CodecProblem::pointer)
                                .containsExactly(
                                        "/votes/0/motion", "/votes/1/motion", "/votes/2/motion", "/votes/3/motion");
                        assertThat(e.problems())
                                .filteredOn(p -> p.pointer().equals("/motions/1/activity"))
                                .singleElement()
                                .satisfies(p -> assertThat(p.rule()).isEqualTo("ConsistentGraph"));
                    });
            assertThat(fresh.networks().network(OTHER)).isEmpty();

            ImportReport skipped = json.importInto(
                    new ByteArrayInputStream(out.toByteArray()),
                    fresh,
                    ImportOptions.defaults().skippingInvalidRecords());
            NetworkGraph stored = fresh.networks().graph(OTHER).orElseThrow();
            assertThat(stored.motions()).isEmpty();
            assertThat(stored.votes()).isEmpty();
            assertThat(skipped.skipped()).extracting(CodecProblem::pointer).contains("/votes/3/motion");
            assertThat(fresh.decisions().votes(EveryRecord.MOTION)).isEqualTo(every.votes());
        }
    }

    /**
     * A network with every record under another network's identifier: its own board seats, but the test network's
     * series, registrations and motion, a motion of its own about the test network's newsletter, and votes on
     * both.
     */
    private static NetworkGraph underOtherNetwork(NetworkGraph every) {
        Motion motion = every.motions().get(0);
        List<BoardSeat> seats = every.board().seats().stream()
                .map(seat -> new BoardSeat(
                        BoardSeatId.of("other-" + seat.id().value()),
                        seat.organization(),
                        seat.representative(),
                        seat.term(),
                        seat.chair()))
                .toList();
        return new NetworkGraph(
                TestData.network(OTHER, LocalizedText.en("Other")),
                every.organizations(),
                every.persons(),
                List.of(),
                new Board(every.board().name(), seats),
                every.secretariat(),
                List.of(),
                every.activities(),
                every.events(),
                List.of(),
                List.of(),
                every.affiliations(),
                every.eventSeries().stream()
                        .map(x -> new EventSeries(x.id(), OTHER, x.name(), x.acronym(), x.editions()))
                        .toList(),
                every.registrationRules().stream()
                        .map(r -> new RegistrationRules(r.occasion(), OTHER, r.capacity(), r.eligibility()))
                        .toList(),
                every.registrations().stream()
                        .map(r -> new Registration(
                                r.id(),
                                r.occasion(),
                                OTHER,
                                r.registrant(),
                                r.sequence(),
                                r.status(),
                                r.attendance(),
                                r.registeredAt(),
                                r.promotedAt()))
                        .toList(),
                Optional.empty(),
                List.of(
                        new Motion(
                                motion.id(),
                                OTHER,
                                motion.text(),
                                Optional.empty(),
                                motion.voteDay(),
                                motion.rules(),
                                motion.decision()),
                        new Motion(
                                ABOUT_THEIRS,
                                OTHER,
                                motion.text(),
                                motion.activity(),
                                motion.voteDay(),
                                motion.rules(),
                                motion.decision())),
                java.util.stream.Stream.of(motion.id(), ABOUT_THEIRS)
                        .flatMap(on -> every.votes().stream()
                                .map(v -> new Vote(
                                        on,
                                        BoardSeatId.of("other-" + v.seat().value()),
                                        v.voter(),
                                        v.option(),
                                        v.castAt())))
                        .toList());
    }
}
