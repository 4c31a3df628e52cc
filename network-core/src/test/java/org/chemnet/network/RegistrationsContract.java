package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.race;
import static org.chemnet.network.Races.successes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.access.AccessDeniedException;
import org.chemnet.network.access.Actor;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.event.EventId;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.registration.Attendance;
import org.chemnet.network.registration.Eligibility;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registrant;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRefusedException;
import org.chemnet.network.registration.RegistrationRefusedException.Reason;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.registration.RegistrationStatus;
import org.chemnet.network.registration.Turnout;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registration through {@code runtime.registrations()} on two runtimes over one store: places, the waitlist promoted
 * in order, cancellation, attendance, notices in the registrant's language, and the turnout counted from them. The
 * runtimes record notices and run on a clock of their own, on the day before the seminar.
 *
 * <p>A store's test extends this class and says how to make a fresh store and a second node over the same data.
 */
public abstract class RegistrationsContract extends TwoNodes {
    private static final LocalDate SEMINAR_DAY = LocalDate.of(2026, 6, 12);
    private static final ActivityId SEMINAR = ActivityId.of("seminar-2026-06");
    private static final Occasion OCCASION = Occasion.seminar(SEMINAR);
    private static final Occasion SUMMIT = Occasion.event(TestData.SUMMIT);

    private final MutableClock clock =
            new MutableClock(SEMINAR_DAY.minusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC));
    private final List<PersonId> people = new ArrayList<>();
    private final List<OrganizationId> organizations = new ArrayList<>();
    private NetworkRuntime one;
    private NetworkRuntime two;

    @BeforeEach
    void startingPoint() {
        one = NetworkRuntime.builder()
                .validator(validator)
                .store(store)
                .clock(clock)
                .notices(true)
                .build();
        two = NetworkRuntime.builder()
                .validator(validator)
                .store(secondStore)
                .clock(clock)
                .notices(true)
                .build();
        one.networks().register(TestData.graph());
        one.activities()
                .add(
                        TestData.NETWORK,
                        new Seminar(
                                SEMINAR,
                                LocalizedText.jaEn("化学物質管理セミナー", "Chemical management seminar"),
                                Optional.empty(),
                                Period.on(SEMINAR_DAY),
                                "Tokyo",
                                10,
                                0,
                                Fee.free(),
                                Optional.empty()));
        for (int i = 0; i < THREADS; i++) {
            String n = (i < 10 ? "0" : "") + i;
            OrganizationId organization = OrganizationId.of("registrant-org-" + n);
            one.networks()
                    .save(Organization.builder(organization, LocalizedText.en("Registrant " + n), OrganizationType.NGO)
                            .country(i % 2 == 0 ? "JP" : "KR")
                            .build());
            PersonId person = PersonId.of("registrant-" + n);
            one.networks()
                    .save(new Person(
                            person,
                            "Registrant " + n,
                            Optional.empty(),
                            Optional.of("registrant" + n + "@example.org"),
                            Optional.of(i % 2 == 0 ? "ja" : "en")));
            organizations.add(organization);
            people.add(person);
        }
    }

    @AfterEach
    void stopRuntimes() {
        one.close();
        two.close();
    }

    private RegistrationRules openForTen() {
        return one.registrations().open(TestData.NETWORK, OCCASION, Optional.of(10), Eligibility.ANYONE);
    }

    private Registrant registrant(int i) {
        return Registrant.onBehalfOf(organizations.get(i), people.get(i));
    }

    private List<Delivery> noticesTo(PersonId person) {
        return store.read(r -> r.outbox().deliveriesTo(person));
    }

    private List<String> subjectsTo(PersonId person) {
        return noticesTo(person).stream()
                .map(d -> store.read(r -> r.outbox().message(d.message()))
                        .orElseThrow()
                        .subject()
                        .resolve(java.util.Locale.forLanguageTag(d.language())))
                .toList();
    }

    @Test
    void sixteenRegisteringForTenPlacesOnTwoNodesGiveTenConfirmedAndSixWaitingAndCancellationsPromoteInOrder()
            throws Exception {
        openForTen();

        var outcomes =
                race(one, two, (runtime, thread) -> runtime.registrations().register(OCCASION, registrant(thread)));

        List<Registration> registered = successes(outcomes);
        assertThat(registered).hasSize(THREADS);
        List<Registration> stored = two.registrations().registrations(OCCASION);
        assertThat(stored)
                .extracting(Registration::sequence)
                .containsExactly(java.util.stream.LongStream.rangeClosed(1, THREADS)
                        .boxed()
                        .toArray(Long[]::new));
        assertThat(stored.subList(0, 10)).allMatch(r -> r.status() == RegistrationStatus.CONFIRMED);
        assertThat(stored.subList(10, THREADS)).allMatch(r -> r.status() == RegistrationStatus.WAITLISTED);
        // What each caller was told is what was stored.
        for (Registration r : registered) {
            assertThat(stored).contains(r);
        }
        for (Registration r : stored) {
            PersonId person = r.registrant().person().orElseThrow();
            assertThat(noticesTo(person)).hasSize(1);
        }

        List<Registration> waiting = stored.subList(10, THREADS);
        one.registrations().cancel(stored.get(0).id());
        two.registrations().cancel(stored.get(5).id());
        one.registrations().cancel(stored.get(9).id());

        List<Registration> after = one.registrations().registrations(OCCASION);
        assertThat(after.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED))
                .hasSize(10);
        for (int i = 0; i < 3; i++) {
            Registration promoted =
                    two.registrations().registration(waiting.get(i).id()).orElseThrow();
            assertThat(promoted.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(promoted.promotedAt()).isPresent();
            PersonId person = promoted.registrant().person().orElseThrow();
            assertThat(noticesTo(person)).as("notices to %s", person).hasSize(2);
        }
        for (int i = 3; i < waiting.size(); i++) {
            assertThat(two.registrations()
                            .registration(waiting.get(i).id())
                            .orElseThrow()
                            .status())
                    .isEqualTo(RegistrationStatus.WAITLISTED);
        }
    }

    @Test
    void cancellationsOnTwoNodesAtOnceEachPromoteOneWaitingRegistrationInOrder() throws Exception {
        openForTen();
        for (int i = 0; i < THREADS; i++) {
            one.registrations().register(OCCASION, registrant(i));
        }
        List<Registration> stored = one.registrations().registrations(OCCASION);

        var outcomes = race(
                one,
                two,
                (runtime, thread) -> thread < 6
                        ? runtime.registrations().cancel(stored.get(thread).id())
                        : runtime.registrations().registrations(OCCASION).get(0));

        assertThat(successes(outcomes)).hasSize(THREADS);
        List<Registration> after = two.registrations().registrations(OCCASION);
        assertThat(after.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED))
                .extracting(Registration::sequence)
                .containsExactly(7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
        assertThat(after.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED))
                .isEmpty();
    }

    @Test
    void noticesAreInThePersonsLanguageAndSayWhereTheyStand() {
        one.registrations().open(TestData.NETWORK, OCCASION, Optional.of(1), Eligibility.ANYONE);
        Registration confirmed = one.registrations().register(OCCASION, registrant(0));
        Registration waiting = two.registrations().register(OCCASION, registrant(1));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        assertThat(subjectsTo(people.get(0))).containsExactly("試験ネットワーク：化学物質管理セミナーへの参加登録が確定しました");
        assertThat(subjectsTo(people.get(1)))
                .containsExactly("Test Network: you are on the waitlist for Chemical management seminar");

        two.registrations().cancel(confirmed.id());

        assertThat(subjectsTo(people.get(1)))
                .containsExactlyInAnyOrder(
                        "Test Network: you are on the waitlist for Chemical management seminar",
                        "Test Network: a place at Chemical management seminar is now yours");
        // The cancelled registrant is not told again.
        assertThat(noticesTo(people.get(0))).hasSize(1);
    }

    @Test
    void moreCapacityPromotesTheWaitlistAndLessThanConfirmedIsRefusedNamingTheField() {
        one.registrations().open(TestData.NETWORK, OCCASION, Optional.of(2), Eligibility.ANYONE);
        for (int i = 0; i < 5; i++) {
            one.registrations().register(OCCASION, registrant(i));
        }

        assertThatThrownBy(
                        () -> two.registrations().open(TestData.NETWORK, OCCASION, Optional.of(1), Eligibility.ANYONE))
                .isInstanceOf(NetworkValidationException.class)
                .extracting(e -> ((NetworkValidationException) e).violations())
                .isEqualTo(List.of(new Violation(
                        "capacity",
                        "CapacityNotBelowConfirmed",
                        "must not be below the 2 registrations confirmed already")));
        assertThatThrownBy(
                        () -> two.registrations().open(TestData.NETWORK, OCCASION, Optional.of(0), Eligibility.ANYONE))
                .isInstanceOf(NetworkValidationException.class)
                .hasMessageContaining("capacity");
        assertThat(one.registrations().rules(OCCASION).orElseThrow().capacity()).contains(2);

        two.registrations().open(TestData.NETWORK, OCCASION, Optional.of(4), Eligibility.ANYONE);

        assertThat(one.registrations().registrations(OCCASION))
                .extracting(Registration::status)
                .containsExactly(
                        RegistrationStatus.CONFIRMED,
                        RegistrationStatus.CONFIRMED,
                        RegistrationStatus.CONFIRMED,
                        RegistrationStatus.CONFIRMED,
                        RegistrationStatus.WAITLISTED);

        two.registrations().open(TestData.NETWORK, OCCASION, Optional.empty(), Eligibility.ANYONE);
        assertThat(one.registrations().registrations(OCCASION))
                .allMatch(r -> r.status() == RegistrationStatus.CONFIRMED);
    }

    @Test
    void registeringIsRefusedWithAReasonAndNothingIsStored() {
        assertThatThrownBy(() -> one.registrations().register(OCCASION, registrant(0)))
                .isInstanceOf(RegistrationRefusedException.class)
                .extracting(e -> ((RegistrationRefusedException) e).reason())
                .isEqualTo(Reason.NOT_OPEN);
        one.registrations().open(TestData.NETWORK, OCCASION, Optional.of(10), Eligibility.PARTICIPANTS);

        assertThatThrownBy(() -> one.registrations().register(OCCASION, registrant(0)))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessageContaining("participants of network test-network only")
                .extracting(e -> ((RegistrationRefusedException) e).reason())
                .isEqualTo(Reason.NOT_ELIGIBLE);
        assertThatThrownBy(() -> one.registrations().register(OCCASION, Registrant.person(people.get(0))))
                .extracting(e -> ((RegistrationRefusedException) e).reason())
                .isEqualTo(Reason.NOT_ELIGIBLE);
        // The test network's member participates.
        Registration member =
                one.registrations().register(OCCASION, Registrant.onBehalfOf(TestData.MEMBER, people.get(0)));
        assertThat(member.status()).isEqualTo(RegistrationStatus.CONFIRMED);

        assertThatThrownBy(() ->
                        two.registrations().register(OCCASION, Registrant.onBehalfOf(TestData.MEMBER, people.get(0))))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessageContaining("registered for seminar seminar-2026-06 already")
                .extracting(e -> ((RegistrationRefusedException) e).reason())
                .isEqualTo(Reason.ALREADY_REGISTERED);
        assertThatThrownBy(() -> two.registrations()
                        .register(OCCASION, Registrant.onBehalfOf(TestData.MEMBER, PersonId.of("nobody"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> two.registrations().register(Occasion.seminar(ActivityId.of("no-such")), registrant(0)))
                .isInstanceOf(RegistrationRefusedException.class)
                .extracting(e -> ((RegistrationRefusedException) e).reason())
                .isEqualTo(Reason.NOT_OPEN);

        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() ->
                        two.registrations().register(OCCASION, Registrant.onBehalfOf(TestData.MEMBER, people.get(1))))
                .isInstanceOf(RegistrationRefusedException.class)
                .extracting(e -> ((RegistrationRefusedException) e).reason())
                .isEqualTo(Reason.OCCASION_OVER);

        assertThat(one.registrations().registrations(OCCASION)).containsExactly(member);
        assertThat(noticesTo(people.get(1))).isEmpty();
    }

    @Test
    void anOccasionOfAnotherNetworkOrNoneIsNotFound() {
        NetworkId other = NetworkId.of("other-network");
        one.networks()
                .register(org.chemnet.network.graph.NetworkGraph.builder(
                                TestData.network(other, LocalizedText.en("Other")))
                        .build());
        assertThatThrownBy(() -> one.registrations().open(other, OCCASION, Optional.of(5), Eligibility.ANYONE))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("seminar of network other-network");
        assertThatThrownBy(() -> one.registrations()
                        .open(
                                TestData.NETWORK,
                                Occasion.event(EventId.of("none")),
                                Optional.empty(),
                                Eligibility.ANYONE))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("event");
        assertThat(one.registrations().rules(OCCASION)).isEmpty();
    }

    @Test
    void cancellingTwiceAndAttendanceOfTheUnconfirmedOrBeforeTheDayAreRefused() {
        one.registrations().open(TestData.NETWORK, OCCASION, Optional.of(1), Eligibility.ANYONE);
        Registration confirmed = one.registrations().register(OCCASION, registrant(0));
        Registration waiting = one.registrations().register(OCCASION, registrant(1));

        assertThatThrownBy(() -> one.registrations().recordAttendance(confirmed.id(), Attendance.PRESENT))
                .isInstanceOf(RegistrationRefusedException.class)
                .extracting(e -> ((RegistrationRefusedException) e).reason())
                .isEqualTo(Reason.NOT_STARTED);
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> one.registrations().recordAttendance(waiting.id(), Attendance.PRESENT))
                .isInstanceOf(RegistrationRefusedException.class)
                .extracting(e -> ((RegistrationRefusedException) e).reason())
                .isEqualTo(Reason.NOT_CONFIRMED);
        Registration present = two.registrations().recordAttendance(confirmed.id(), Attendance.PRESENT);
        assertThat(present.attendance()).contains(Attendance.PRESENT);

        Registration cancelled = one.registrations().cancel(waiting.id());
        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThatThrownBy(() -> two.registrations().cancel(waiting.id()))
                .isInstanceOf(RegistrationRefusedException.class)
                .extracting(e -> ((RegistrationRefusedException) e).reason())
                .isEqualTo(Reason.ALREADY_CANCELLED);
        // Cancelled, the registrant may register again.
        Registration again = two.registrations().register(OCCASION, registrant(1));
        assertThat(again.sequence()).isEqualTo(3);
        assertThat(again.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        // After the last day, registrations are kept as they were: no cancellation, no promotion, no notice.
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> two.registrations().cancel(confirmed.id()))
                .isInstanceOf(RegistrationRefusedException.class)
                .extracting(e -> ((RegistrationRefusedException) e).reason())
                .isEqualTo(Reason.OCCASION_OVER);
        assertThat(one.registrations()
                        .registration(confirmed.id())
                        .orElseThrow()
                        .attendance())
                .contains(Attendance.PRESENT);
        assertThat(one.registrations().registration(again.id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void theTurnoutCountsAttendanceElseConfirmedRegistrationsElseWhatWasRecorded() {
        one.events().schedule(TestData.NETWORK, TestData.summit());
        assertThat(one.registrations().turnout(SUMMIT))
                .isEqualTo(new Turnout(Optional.of(400), Optional.of(47), Turnout.Source.RECORDED));
        assertThat(one.registrations().turnout(OCCASION))
                .isEqualTo(new Turnout(Optional.of(0), Optional.empty(), Turnout.Source.RECORDED));

        openForTen();
        for (int i = 0; i < 4; i++) {
            one.registrations().register(OCCASION, registrant(i));
        }
        one.registrations().register(OCCASION, Registrant.person(PersonId.of("chair-person")));
        assertThat(two.registrations().turnout(OCCASION))
                .isEqualTo(new Turnout(Optional.of(5), Optional.of(2), Turnout.Source.REGISTERED));

        clock.advance(Duration.ofDays(1));
        List<Registration> stored = one.registrations().registrations(OCCASION);
        one.registrations().recordAttendance(stored.get(0).id(), Attendance.PRESENT);
        one.registrations().recordAttendance(stored.get(2).id(), Attendance.PRESENT);
        one.registrations().recordAttendance(stored.get(1).id(), Attendance.NO_SHOW);

        assertThat(two.registrations().turnout(OCCASION))
                .isEqualTo(new Turnout(Optional.of(2), Optional.of(1), Turnout.Source.ATTENDED));
        assertThatThrownBy(() -> one.registrations().turnout(Occasion.event(EventId.of("none"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theExportOfAPersonsDataHoldsTheirRegistrations() {
        openForTen();
        Registration registration = two.registrations().register(OCCASION, registrant(3));

        assertThat(one.personalData().export(people.get(3)).registrations()).containsExactly(registration);
        assertThat(one.personalData().export(people.get(4)).registrations()).isEmpty();
    }

    @Test
    void aPersonRegistersThemselvesButNotOthersAndEveryChangeIsInTheAuditLog() {
        openForTen();
        PersonId self = people.get(3);
        NetworkSession asSelf = one.as(Actor.person(self));

        // Not on behalf of an organization they may not act for, which would pass a participants-only rule.
        assertThatThrownBy(
                        () -> asSelf.registrations().register(OCCASION, Registrant.onBehalfOf(TestData.MEMBER, self)))
                .isInstanceOf(AccessDeniedException.class);
        Registration own = asSelf.registrations().register(OCCASION, Registrant.person(self));
        assertThatThrownBy(() -> asSelf.registrations().register(OCCASION, Registrant.person(people.get(4))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        asSelf.registrations().open(TestData.NETWORK, OCCASION, Optional.of(3), Eligibility.ANYONE))
                .isInstanceOf(AccessDeniedException.class);
        asSelf.registrations().cancel(own.id());

        assertThat(one.changes()
                        .audit(org.chemnet.network.change.AuditQuery.all()
                                .of(org.chemnet.network.access.EntityRef.of(
                                        org.chemnet.network.access.EntityKind.REGISTRATION, own.id()))))
                .extracting(c -> c.kind())
                .containsExactly("Registered", "RegistrationChanged");
        assertThat(one.registrations().registrations(OCCASION))
                .extracting(Registration::status)
                .containsExactly(RegistrationStatus.CANCELLED);
        assertThat(one.registrations().registrations(OCCASION).stream()
                        .max(Comparator.comparing(Registration::registeredAt))
                        .orElseThrow()
                        .registeredAt())
                .isEqualTo(Instant.parse("2026-06-11T09:00:00Z"));
    }
}
