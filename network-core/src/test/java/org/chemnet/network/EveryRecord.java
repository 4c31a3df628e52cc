package org.chemnet.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.affiliation.AffiliationId;
import org.chemnet.network.affiliation.AffiliationRole;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.decision.BoardRules;
import org.chemnet.network.decision.Count;
import org.chemnet.network.decision.Decision;
import org.chemnet.network.decision.Majority;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.MotionId;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.decision.VoteOption;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.event.EventSeriesId;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.registration.Attendance;
import org.chemnet.network.registration.Eligibility;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registrant;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationId;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.registration.RegistrationStatus;

/**
 * The test network ({@link TestData#graph()}) with records in every section: the heads of the host one after the
 * other, an ex officio seat that follows them, the summit as an edition of a series, a seminar with a waitlist that
 * was promoted and attendance recorded, the board's own rules and a decided motion with the votes of both seats.
 */
public final class EveryRecord {
    public static final PersonId FIRST_HEAD = PersonId.of("first-head");
    public static final PersonId SECOND_HEAD = PersonId.of("second-head");
    public static final BoardSeatId EX_OFFICIO = BoardSeatId.of("seat-ex-officio");
    public static final MotionId MOTION = MotionId.of("adopt-programme");
    public static final LocalDate VOTE_DAY = LocalDate.of(2020, 6, 1);
    public static final LocalDate NEW_HEAD = LocalDate.of(2020, 4, 1);
    public static final BoardRules RULES = new BoardRules(60, Majority.SIMPLE);

    private EveryRecord() {}

    public static Occasion seminar() {
        return Occasion.seminar(TestData.seminar().id());
    }

    public static List<Affiliation> affiliations() {
        return List.of(
                new Affiliation(
                        AffiliationId.of("aff-chair"),
                        TestData.CHAIR_PERSON,
                        TestData.MEMBER,
                        AffiliationRole.REPRESENTATIVE,
                        Period.from(LocalDate.of(2019, 4, 1)),
                        Optional.of("General Manager")),
                new Affiliation(
                        AffiliationId.of("aff-first-head"),
                        FIRST_HEAD,
                        TestData.HOST,
                        AffiliationRole.HEAD,
                        Period.of(LocalDate.of(2019, 1, 1), NEW_HEAD.minusDays(1)),
                        Optional.of("Director")),
                new Affiliation(
                        AffiliationId.of("aff-second-head"),
                        SECOND_HEAD,
                        TestData.HOST,
                        AffiliationRole.HEAD,
                        Period.from(NEW_HEAD),
                        Optional.empty()));
    }

    public static Board board() {
        Board board = TestData.board();
        return new Board(
                board.name(),
                List.of(
                        board.seats().get(0),
                        new BoardSeat(
                                EX_OFFICIO,
                                TestData.HOST,
                                Optional.empty(),
                                Period.from(LocalDate.of(2019, 4, 1)),
                                false)));
    }

    public static List<Registration> registrations() {
        Instant at = Instant.parse("2020-01-10T09:00:00Z");
        return List.of(
                new Registration(
                        RegistrationId.of("reg-1"),
                        seminar(),
                        TestData.NETWORK,
                        Registrant.organization(TestData.MEMBER),
                        1,
                        RegistrationStatus.CONFIRMED,
                        Optional.of(Attendance.PRESENT),
                        at,
                        Optional.empty()),
                new Registration(
                        RegistrationId.of("reg-2"),
                        seminar(),
                        TestData.NETWORK,
                        Registrant.onBehalfOf(TestData.HOST, FIRST_HEAD),
                        2,
                        RegistrationStatus.CANCELLED,
                        Optional.empty(),
                        at.plusSeconds(60),
                        Optional.empty()),
                new Registration(
                        RegistrationId.of("reg-3"),
                        seminar(),
                        TestData.NETWORK,
                        Registrant.person(TestData.CHAIR_PERSON),
                        3,
                        RegistrationStatus.CONFIRMED,
                        Optional.of(Attendance.NO_SHOW),
                        at.plusSeconds(120),
                        Optional.of(at.plusSeconds(3_600))),
                new Registration(
                        RegistrationId.of("reg-4"),
                        seminar(),
                        TestData.NETWORK,
                        Registrant.person(SECOND_HEAD),
                        4,
                        RegistrationStatus.WAITLISTED,
                        Optional.empty(),
                        at.plusSeconds(180),
                        Optional.empty()));
    }

    public static Motion motion() {
        return new Motion(
                MOTION,
                TestData.NETWORK,
                LocalizedText.jaEn("ニュースレターの年間計画を採択する", "Adopt the newsletter's programme"),
                Optional.of(TestData.NEWSLETTER),
                VOTE_DAY,
                RULES,
                Optional.of(new Decision(
                        true,
                        VOTE_DAY,
                        List.of(
                                new Count(VoteOption.YES, 2),
                                new Count(VoteOption.NO, 0),
                                new Count(VoteOption.ABSTAIN, 0)),
                        2)));
    }

    public static List<Vote> votes() {
        Instant at = VOTE_DAY.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        return List.of(
                new Vote(MOTION, BoardSeatId.of("seat1"), TestData.CHAIR_PERSON, VoteOption.YES, at),
                new Vote(MOTION, EX_OFFICIO, SECOND_HEAD, VoteOption.YES, at.plusSeconds(30)));
    }

    /**
     * The graph.
     *
     * @return the test network with every section filled
     */
    public static NetworkGraph graph() {
        return TestData.graph().toBuilder()
                .persons(Person.of(FIRST_HEAD, "Taro Suzuki"), Person.of(SECOND_HEAD, "Jiro Sato"))
                .board(board())
                .affiliations(affiliations())
                .eventSeries(List.of(new EventSeries(
                        EventSeriesId.of("test-summits"),
                        TestData.NETWORK,
                        LocalizedText.en("Test Summit series"),
                        Optional.of("TS"),
                        List.of(TestData.SUMMIT))))
                .registrationRules(List.of(
                        new RegistrationRules(
                                Occasion.event(TestData.SUMMIT),
                                TestData.NETWORK,
                                Optional.empty(),
                                Eligibility.ANYONE),
                        new RegistrationRules(seminar(), TestData.NETWORK, Optional.of(2), Eligibility.PARTICIPANTS)))
                .registrations(registrations())
                .boardRules(RULES)
                .motions(List.of(motion()))
                .votes(votes())
                .build();
    }
}
