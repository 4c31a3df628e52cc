package org.chemnet.network.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RecordingListener;
import org.chemnet.network.TestData;
import org.chemnet.network.access.Actor;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.PersonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParticipationTest {
    private static final LocalDate DAY = LocalDate.of(2021, 4, 1);
    private static final OrganizationId APPLICANT = OrganizationId.of("applicant");

    private final RecordingListener listener = new RecordingListener();
    private NetworkRuntime runtime;
    private Participation participation;

    @BeforeEach
    void start() {
        runtime = NetworkRuntime.builder().listener(listener).build();
        runtime.networks().register(TestData.graph());
        runtime.networks()
                .save(Organization.builder(APPLICANT, LocalizedText.en("Applicant Ltd."), OrganizationType.ENTERPRISE)
                        .country("JP")
                        .build());
        participation = runtime.participation();
        listener.clear();
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private Membership applied() {
        return participation.apply(Application.of(TestData.NETWORK, APPLICANT, Optional.empty(), DAY));
    }

    @Test
    void recordsAnApplicationAndTellsListenersAfterItIsStored() {
        Membership membership = applied();

        assertThat(membership.status()).isEqualTo(MembershipStatus.APPLIED);
        assertThat(membership.version()).isEqualTo(1);
        assertThat(listener.events())
                .containsExactly(
                        new ChangeEvent.ApplicationReceived(membership),
                        new ChangeEvent.AgreementRecorded(new Agreement(
                                TestData.NETWORK,
                                APPLICANT,
                                TestData.policy().requiredAgreement().orElseThrow(),
                                Optional.empty(),
                                DAY)));
        assertThat(participation.history(APPLICANT)).containsExactly(membership);
    }

    @Test
    void refusesAPersonWithAClearReason() {
        Application byPerson = new Application(
                TestData.NETWORK,
                Applicant.person(PersonId.of("hanako")),
                MembershipRole.PARTICIPANT,
                true,
                Optional.empty(),
                DAY);

        assertThatThrownBy(() -> participation.apply(byPerson))
                .isInstanceOfSatisfying(ApplicationRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(ApplicationRefusedException.Reason.APPLICANT_IS_A_PERSON))
                .hasMessage("only organizations can apply to Test Network, as its policy says, and hanako is a person;"
                        + " apply on behalf of the person's organization instead");
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void refusesAnIneligibleType() {
        OrganizationId ministry = OrganizationId.of("ministry");
        runtime.networks()
                .save(Organization.builder(ministry, LocalizedText.en("Ministry"), OrganizationType.GOVERNMENT_BODY)
                        .build());

        assertThatThrownBy(() -> participation.apply(Application.of(TestData.NETWORK, ministry, Optional.empty(), DAY)))
                .isInstanceOfSatisfying(ApplicationRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(ApplicationRefusedException.Reason.INELIGIBLE_TYPE))
                .hasMessageContaining("Ministry (ministry) cannot apply to Test Network: organizations of type"
                        + " GOVERNMENT_BODY are not eligible");
    }

    @Test
    void refusesAnApplicantWhoDidNotAgree() {
        Application withoutAgreement = new Application(
                TestData.NETWORK,
                Applicant.organization(APPLICANT),
                MembershipRole.PARTICIPANT,
                false,
                Optional.empty(),
                DAY);

        assertThatThrownBy(() -> participation.apply(withoutAgreement))
                .isInstanceOfSatisfying(ApplicationRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(ApplicationRefusedException.Reason.AGREEMENT_MISSING))
                .hasMessageContaining("must agree to \"I agree to the purpose of the network\"");
    }

    @Test
    void refusesASecondApplicationAndAnApplicationOfAParticipant() {
        Membership first = applied();
        assertThatThrownBy(this::applied)
                .isInstanceOfSatisfying(ApplicationRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(ApplicationRefusedException.Reason.APPLICATION_OPEN))
                .hasMessageContaining("has an application waiting");

        participation.approve(first.id(), DAY);
        assertThatThrownBy(this::applied)
                .isInstanceOfSatisfying(ApplicationRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(ApplicationRefusedException.Reason.ALREADY_PARTICIPATING));
    }

    @Test
    void mayApplyAgainAfterLeaving() {
        Membership first = applied();
        participation.approve(first.id(), DAY);
        participation.withdraw(first.id(), DAY.plusYears(1));

        Membership second =
                participation.apply(Application.of(TestData.NETWORK, APPLICANT, Optional.empty(), DAY.plusYears(2)));

        assertThat(participation.history(APPLICANT))
                .extracting(Membership::id)
                .containsExactly(first.id(), second.id());
        assertThat(runtime.validator()
                        .validate(runtime.networks().graph(TestData.NETWORK).orElseThrow()))
                .isEmpty();
    }

    @Test
    void refusesUnknownNetworksAndOrganizations() {
        assertThatThrownBy(() -> participation.apply(Application.of(
                        org.chemnet.network.kernel.NetworkId.of("nope"), APPLICANT, Optional.empty(), DAY)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no network with id 'nope' is stored");
        assertThatThrownBy(() -> participation.apply(
                        Application.of(TestData.NETWORK, OrganizationId.of("nobody"), Optional.empty(), DAY)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> participation.apply(
                        Application.of(TestData.NETWORK, APPLICANT, Optional.of(PersonId.of("ghost")), DAY)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no person with id 'ghost' is stored");
    }

    @Test
    void onlyThePoliciesApproverDecides() {
        Membership application = applied();
        PersonId boardMember = TestData.CHAIR_PERSON;
        assertThatThrownBy(() -> runtime.as(Actor.boardMember(boardMember, TestData.NETWORK))
                        .participation()
                        .approve(application.id(), DAY))
                .isInstanceOf(NotTheApproverException.class)
                .hasMessage("applications to network test-network are decided by the SECRETARIAT, and BOARD_MEMBER"
                        + " chair-person of test-network does not decide for it");
    }

    @Test
    void approvalStartsParticipationOnItsDay() {
        Membership application = applied();
        listener.clear();

        Membership approved = participation.approve(application.id(), DAY.plusDays(3), DAY.plusDays(10));

        assertThat(approved.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(approved.isActiveOn(DAY.plusDays(9))).isFalse();
        assertThat(approved.isActiveOn(DAY.plusDays(10))).isTrue();
        assertThat(listener.events()).containsExactly(new ChangeEvent.ParticipationApproved(approved));
        assertThat(participation.countOn(ParticipantQuery.of(TestData.NETWORK, DAY.plusDays(10))))
                .isEqualTo(2);
    }

    @Test
    void rejectsWithAReason() {
        Membership rejected = participation.reject(applied().id(), DAY, "not in the sector");

        assertThat(rejected.status()).isEqualTo(MembershipStatus.REJECTED);
        assertThat(rejected.latest().reason()).contains("not in the sector");
        assertThat(listener.events(ChangeEvent.ApplicationRejected.class)).hasSize(1);
    }

    @Test
    void suspendsReinstatesAndWithdrawsWithDatedTransitions() {
        Membership m = participation.approve(applied().id(), DAY);
        m = participation.suspend(m.id(), DAY.plusMonths(1), "fees unpaid");
        m = participation.reinstate(m.id(), DAY.plusMonths(2));
        m = participation.withdraw(m.id(), DAY.plusMonths(3));

        assertThat(m.history())
                .extracting(StatusChange::status)
                .containsExactly(
                        MembershipStatus.APPLIED,
                        MembershipStatus.APPROVED,
                        MembershipStatus.ACTIVE,
                        MembershipStatus.SUSPENDED,
                        MembershipStatus.ACTIVE,
                        MembershipStatus.WITHDRAWN);
        assertThat(listener.events(ChangeEvent.MembershipChanged.class))
                .extracting(ChangeEvent.MembershipChanged::from)
                .containsExactly(MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED, MembershipStatus.ACTIVE);
        assertThat(m.isActiveOn(DAY.plusMonths(1).plusDays(5))).isFalse();
        assertThat(m.isActiveOn(DAY.plusMonths(2).plusDays(5))).isTrue();
    }

    @Test
    void refusesIllegalTransitionsAndStoresNothing() {
        Membership application = applied();
        assertThatThrownBy(() -> participation.suspend(application.id(), DAY, "why"))
                .isInstanceOf(IllegalMembershipTransitionException.class);
        assertThatThrownBy(() -> participation.reinstate(application.id(), DAY))
                .isInstanceOf(IllegalMembershipTransitionException.class)
                .hasMessageContaining("only a suspended membership can be reinstated");
        Membership rejected = participation.reject(application.id(), DAY, "no");
        assertThatThrownBy(() -> participation.approve(rejected.id(), DAY))
                .isInstanceOf(IllegalMembershipTransitionException.class);
        assertThat(participation.history(APPLICANT)).containsExactly(rejected);
    }

    @Test
    void automaticPolicyApprovesOnTheDayOfApplication() {
        runtime.close();
        runtime = NetworkRuntime.builder().build();
        MembershipPolicy open = new MembershipPolicy(
                true,
                java.util.EnumSet.allOf(OrganizationType.class),
                Optional.empty(),
                Optional.empty(),
                Approver.AUTOMATIC);
        var network = TestData.network();
        runtime.networks()
                .register(TestData.graph().toBuilder()
                        .network(new org.chemnet.network.graph.Network(
                                network.id(),
                                network.name(),
                                network.acronym(),
                                network.scope(),
                                network.country(),
                                network.purpose(),
                                network.founded(),
                                network.focusRegions(),
                                network.principles(),
                                open,
                                network.website()))
                        .build());
        runtime.networks()
                .save(Organization.builder(APPLICANT, LocalizedText.en("Applicant"), OrganizationType.NGO)
                        .build());

        Membership m =
                runtime.participation().apply(Application.of(TestData.NETWORK, APPLICANT, Optional.empty(), DAY));

        assertThat(m.isActiveOn(DAY)).isTrue();
    }

    @Test
    void participantsOfADayAreAQueryWithFilters() {
        participation.approve(applied().id(), DAY);
        ParticipantQuery day = ParticipantQuery.of(TestData.NETWORK, DAY);

        assertThat(participation.participantsOn(day))
                .extracting(p -> p.organization().id())
                .containsExactly(APPLICANT, TestData.MEMBER);
        assertThat(participation.countOn(day.sizes(org.chemnet.network.organization.EnterpriseSize.SME)))
                .isEqualTo(1);
        assertThat(participation.countOn(ParticipantQuery.of(TestData.NETWORK, DAY.minusDays(1))))
                .isEqualTo(1);
    }

    @Test
    void racingApprovalsOfOneApplicationGiveExactlyOneApproval() throws Exception {
        Membership application = applied();
        List<Object> outcomes = race(8, i -> () -> participation.approve(application.id(), DAY));

        assertThat(outcomes).filteredOn(o -> o instanceof Membership).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !(o instanceof Membership))
                .allMatch(o ->
                        o instanceof ConcurrentUpdateException || o instanceof IllegalMembershipTransitionException);
        assertThat(listener.events(ChangeEvent.ParticipationApproved.class)).hasSize(1);
        assertThat(participation.history(APPLICANT).get(0).history()).hasSize(3);
    }

    @Test
    void racingApplicationsOfOneOrganizationGiveExactlyOneApplication() throws Exception {
        List<Object> outcomes = race(8, i -> this::applied);

        assertThat(outcomes).filteredOn(o -> o instanceof Membership).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !(o instanceof Membership))
                .allMatch(o -> o instanceof ApplicationRefusedException);
        assertThat(participation.history(APPLICANT)).hasSize(1);
    }

    /** Runs n attempts at once; each outcome is what it returned or the NetworkException it threw. */
    private static List<Object> race(int n, java.util.function.IntFunction<Callable<Object>> attempt) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Object> call = attempt.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (NetworkException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
