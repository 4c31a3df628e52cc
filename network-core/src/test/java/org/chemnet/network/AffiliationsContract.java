package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.race;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chemnet.network.access.AccessDeniedException;
import org.chemnet.network.access.Actor;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.affiliation.AffiliationId;
import org.chemnet.network.affiliation.AffiliationRole;
import org.chemnet.network.change.AuditQuery;
import org.chemnet.network.change.RecordedChange;
import org.chemnet.network.common.Period;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.Sitting;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * People of organizations through {@code runtime.affiliations()} on two runtimes over one store: dated roles, one
 * head at a time (also when 16 threads on two nodes try to name one), who headed an organization on a day, ending
 * an affiliation, clear refusals that store nothing, access and the change log; and ex officio board seats, which
 * the head of the day sits on.
 */
public abstract class AffiliationsContract extends TwoNodes {
    private static final OrganizationId ORGANIZATION = TestData.MEMBER;
    private static final LocalDate START = LocalDate.of(2016, 4, 1);
    private final List<PersonId> people = new ArrayList<>();

    @BeforeEach
    void startingPoint() {
        first.networks().register(TestData.graph());
        for (int i = 0; i < THREADS; i++) {
            PersonId person = PersonId.of("affiliated-" + i);
            first.networks().save(Person.of(person, "Affiliated " + i));
            people.add(person);
        }
    }

    private Affiliation head(NetworkRuntime runtime, int person, Period period) {
        return runtime.affiliations()
                .affiliate(people.get(person), ORGANIZATION, AffiliationRole.HEAD, period, Optional.of("President"));
    }

    @Test
    void aPersonsRolesOverTimeAreStoredAndReadBothWays() {
        Affiliation head = head(first, 0, Period.of(START, LocalDate.of(2019, 3, 31)));
        Affiliation contact = second.affiliations()
                .affiliate(people.get(0), TestData.HOST, AffiliationRole.CONTACT, Period.from(START), Optional.empty());
        Affiliation next = head(second, 1, Period.from(LocalDate.of(2019, 4, 1)));

        assertThat(first.affiliations().affiliation(head.id())).contains(head);
        assertThat(second.affiliations().affiliationsOf(people.get(0))).containsExactlyInAnyOrder(head, contact);
        assertThat(first.affiliations().affiliationsWith(ORGANIZATION)).containsExactly(head, next);
        assertThat(first.affiliations().headOn(ORGANIZATION, LocalDate.of(2019, 3, 31)))
                .contains(head);
        assertThat(first.affiliations().headOn(ORGANIZATION, LocalDate.of(2019, 4, 1)))
                .contains(next);
        assertThat(first.affiliations().headOn(ORGANIZATION, START.minusDays(1)))
                .isEmpty();
        assertThat(first.affiliations().headOn(TestData.HOST, START))
                .as("a contact is not the head")
                .isEmpty();
    }

    @Test
    void aHeadOverlappingAnotherHeadIsRefusedNamingThePeriodAndTheRuleAndNothingIsStored() {
        head(first, 0, Period.of(START, LocalDate.of(2019, 3, 31)));

        assertThatThrownBy(() -> head(second, 1, Period.from(LocalDate.of(2019, 3, 31))))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> {
                    Violation v = e.violations().get(0);
                    assertThat(v.path()).isEqualTo("period");
                    assertThat(v.rule()).isEqualTo("OneHeadAtATime");
                    assertThat(v.message()).contains("affiliated-0", "2016-04-01", "2019-03-31", "one head at a time");
                    assertThat(java.util.ResourceBundle.getBundle(
                                            "org.chemnet.network.validation.ValidationMessages", Locale.JAPANESE)
                                    .getString("org.chemnet.network.validation.OneHeadAtATime.message"))
                            .contains("代表者は同時に一人");
                });
        assertThat(first.affiliations().affiliationsWith(ORGANIZATION)).hasSize(1);
        assertThat(second.affiliations()
                        .affiliate(
                                people.get(1),
                                ORGANIZATION,
                                AffiliationRole.STAFF,
                                Period.from(START),
                                Optional.empty()))
                .as("staff may overlap anyone")
                .isNotNull();
    }

    @Test
    void sixteenThreadsOnTwoNodesNamingAHeadForTheSameDaysGiveOneHead() throws Exception {
        var outcomes = race(first, second, (runtime, thread) -> head(runtime, thread, Period.from(START)));

        List<Affiliation> heads = Races.successes(outcomes);
        assertThat(heads).hasSize(1);
        Races.losersGotClearErrors(outcomes, NetworkValidationException.class);
        assertThat(second.affiliations().affiliationsWith(ORGANIZATION)).containsExactlyElementsOf(heads);
    }

    @Test
    void sixteenThreadsAffiliatingStaffAtOnceAreAllStored() throws Exception {
        var outcomes = race(first, second, (runtime, thread) -> runtime.affiliations()
                .affiliate(
                        people.get(thread), ORGANIZATION, AffiliationRole.STAFF, Period.from(START), Optional.empty()));

        assertThat(Races.successes(outcomes)).hasSize(THREADS);
        assertThat(first.affiliations().affiliationsWith(ORGANIZATION))
                .containsExactlyInAnyOrderElementsOf(Races.successes(outcomes));
    }

    @Test
    void endingAHeadFreesTheFollowingDaysForTheNext() {
        Affiliation head = head(first, 0, Period.from(START));

        Affiliation ended = second.affiliations().end(head.id(), LocalDate.of(2020, 12, 31));
        Affiliation next = head(first, 1, Period.from(LocalDate.of(2021, 1, 1)));

        assertThat(ended.period()).isEqualTo(Period.of(START, LocalDate.of(2020, 12, 31)));
        assertThat(first.affiliations().affiliation(head.id())).contains(ended);
        assertThat(first.affiliations().headOn(ORGANIZATION, LocalDate.of(2021, 6, 1)))
                .contains(next);
        assertThatThrownBy(() -> first.affiliations().end(head.id(), START.minusDays(1)))
                .isInstanceOfSatisfying(
                        NetworkValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("lastDay"));
        assertThatThrownBy(() -> second.affiliations().end(head.id(), LocalDate.of(2021, 1, 1)))
                .as("a later last day that meets the next head")
                .isInstanceOfSatisfying(
                        NetworkValidationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("OneHeadAtATime"));
        assertThat(first.affiliations().affiliation(head.id())).contains(ended);
        assertThatThrownBy(() -> first.affiliations().end(AffiliationId.of("nope"), START))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void anUnknownPersonOrOrganizationOrAnInvalidTitleIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> first.affiliations()
                        .affiliate(
                                PersonId.of("nobody"),
                                ORGANIZATION,
                                AffiliationRole.HEAD,
                                Period.from(START),
                                Optional.empty()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nobody");
        assertThatThrownBy(() -> first.affiliations()
                        .affiliate(
                                people.get(0),
                                OrganizationId.of("no-such-org"),
                                AffiliationRole.HEAD,
                                Period.from(START),
                                Optional.empty()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-such-org");
        assertThatThrownBy(() -> first.affiliations()
                        .affiliate(
                                people.get(0),
                                ORGANIZATION,
                                AffiliationRole.HEAD,
                                Period.from(START),
                                Optional.of("x".repeat(201))))
                .isInstanceOfSatisfying(
                        NetworkValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).startsWith("title"));
        assertThat(first.affiliations().affiliationsOf(people.get(0))).isEmpty();
    }

    @Test
    void aPersonMayNotAffiliateThemselvesAndEveryChangeIsLoggedWithoutTheirName() {
        NetworkSession person = first.as(Actor.person(people.get(0)));
        assertThatThrownBy(() -> person.affiliations()
                        .affiliate(
                                people.get(0),
                                ORGANIZATION,
                                AffiliationRole.HEAD,
                                Period.from(START),
                                Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(first.affiliations().affiliationsOf(people.get(0))).isEmpty();

        Affiliation head = first.as(Actor.secretariatStaff(TestData.CHAIR_PERSON, TestData.NETWORK))
                .affiliations()
                .affiliate(people.get(0), ORGANIZATION, AffiliationRole.HEAD, Period.from(START), Optional.empty());
        first.affiliations().end(head.id(), LocalDate.of(2020, 1, 1));

        List<RecordedChange> logged = first.changes().audit(AuditQuery.all()).stream()
                .filter(c -> c.kind().startsWith("Affiliat"))
                .toList();
        assertThat(logged).extracting(RecordedChange::kind).containsExactly("Affiliated", "AffiliationEnded");
        assertThat(logged.get(0).summary())
                .contains("HEAD of organization member")
                .doesNotContain("affiliated-0");
    }

    @Test
    void anExOfficioSeatFollowsTheHeadFromTheDayTheHeadChanges() {
        PersonId before = people.get(0);
        PersonId after = people.get(1);
        first.affiliations()
                .affiliate(
                        before,
                        TestData.HOST,
                        AffiliationRole.HEAD,
                        Period.of(START, LocalDate.of(2019, 3, 31)),
                        Optional.empty());
        BoardSeat seat =
                second.governance().appointExOfficio(TestData.NETWORK, TestData.HOST, Period.from(START), false);
        second.affiliations()
                .affiliate(
                        after,
                        TestData.HOST,
                        AffiliationRole.HEAD,
                        Period.from(LocalDate.of(2019, 4, 1)),
                        Optional.empty());

        assertThat(seat.exOfficio()).isTrue();
        assertThat(sitterOf(seat, LocalDate.of(2019, 3, 31))).contains(before);
        assertThat(sitterOf(seat, LocalDate.of(2019, 4, 1))).contains(after);
        List<Sitting> board = first.governance().sittingOn(TestData.NETWORK, LocalDate.of(2019, 4, 1));
        assertThat(board)
                .as("the named seat keeps its representative, the ex officio one has the head of the day")
                .extracting(Sitting::person)
                .containsExactlyInAnyOrder(Optional.of(TestData.CHAIR_PERSON), Optional.of(after));
        assertThat(first.governance()
                        .boardOn(TestData.NETWORK, LocalDate.of(2019, 4, 1))
                        .seats())
                .as("the stored seat names nobody")
                .filteredOn(BoardSeat::exOfficio)
                .containsExactly(seat);
    }

    @Test
    void anExOfficioSeatWithoutAHeadThatDayHasNobodySitting() {
        BoardSeat seat =
                first.governance().appointExOfficio(TestData.NETWORK, TestData.HOST, Period.from(START), false);

        assertThat(sitterOf(seat, START)).isEmpty();
    }

    @Test
    void theHeadOfTheDayActsForTheBoardAndTheFormerHeadNoLonger() {
        PersonId former = people.get(0);
        PersonId current = people.get(1);
        first.affiliations()
                .affiliate(
                        former,
                        TestData.HOST,
                        AffiliationRole.HEAD,
                        Period.of(START, LocalDate.of(2019, 3, 31)),
                        Optional.empty());
        first.affiliations()
                .affiliate(
                        current,
                        TestData.HOST,
                        AffiliationRole.HEAD,
                        Period.from(LocalDate.of(2019, 4, 1)),
                        Optional.empty());
        first.governance().appointExOfficio(TestData.NETWORK, TestData.HOST, Period.from(START), false);

        assertThat(second.as(Actor.boardMember(current, TestData.NETWORK))
                        .changes()
                        .audit(AuditQuery.all().in(TestData.NETWORK)))
                .isNotEmpty();
        assertThatThrownBy(() -> second.as(Actor.boardMember(former, TestData.NETWORK))
                        .changes()
                        .audit(AuditQuery.all().in(TestData.NETWORK)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("represents no seat");
    }

    private Optional<PersonId> sitterOf(BoardSeat seat, LocalDate day) {
        return second.governance().sittingOn(TestData.NETWORK, day).stream()
                .filter(s -> s.seat().id().equals(seat.id()))
                .findFirst()
                .orElseThrow()
                .person();
    }
}
