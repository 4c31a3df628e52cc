package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.losersGotClearErrors;
import static org.chemnet.network.Races.race;
import static org.chemnet.network.Races.successes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.declaration.EndorsementRefusedException;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.membership.Application;
import org.chemnet.network.membership.ApplicationRefusedException;
import org.chemnet.network.membership.IllegalMembershipTransitionException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.NetworkValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write use case raced by {@value Races#THREADS} threads over two runtimes that share one store, as two nodes of a
 * host would. Afterwards every success that was reported is visible, every loser got a clear {@link NetworkException},
 * never a lost change, and the stored network still validates.
 *
 * <p>A store's test extends this class and says how to make a fresh store and a second store over the same data
 * (for JDBC, a second {@code JdbcNetworkStore} over the same data source).
 */
public abstract class UseCaseConcurrencyContract extends TwoNodes {
    private static final LocalDate FROM = LocalDate.of(2021, 4, 1);

    @BeforeEach
    void startingPoint() {
        NetworkGraph graph = TestData.graph();
        List<Organization> organizations = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            organizations.add(organization(i));
            persons.add(Person.of(person(i), "Person " + i));
        }
        first.networks()
                .register(graph.toBuilder()
                        .organizations(organizations)
                        .persons(persons.toArray(Person[]::new))
                        .build());
    }

    private static OrganizationId org(int i) {
        return OrganizationId.of("racer-" + i);
    }

    private static PersonId person(int i) {
        return PersonId.of("racer-person-" + i);
    }

    private static Organization organization(int i) {
        return Organization.builder(org(i), LocalizedText.en("Racer " + i), OrganizationType.ENTERPRISE)
                .country("JP")
                .build();
    }

    private void graphStillValidates() {
        NetworkGraph stored = first.networks().graph(TestData.NETWORK).orElseThrow();
        validator.check(stored);
    }

    @Test
    void appointsEverySeatOfSixteenAtOnce() throws Exception {
        List<Races.Outcome<BoardSeat>> outcomes = race(first, second, (runtime, i) -> runtime.governance()
                .appoint(TestData.NETWORK, org(i), Optional.of(person(i)), Period.from(FROM), false));

        assertThat(successes(outcomes)).hasSize(THREADS);
        Board board = second.governance().boardOn(TestData.NETWORK, FROM);
        assertThat(board.seats()).containsAll(successes(outcomes));
        assertThat(board.seats()).hasSize(THREADS + 1);
        graphStillValidates();
    }

    @Test
    void givesTheChairOfOneTermToOneOfSixteenAppointments() throws Exception {
        first.governance()
                .endSeat(TestData.NETWORK, TestData.board().seats().get(0).id(), FROM.minusDays(1));

        List<Races.Outcome<BoardSeat>> outcomes = race(first, second, (runtime, i) -> runtime.governance()
                .appoint(TestData.NETWORK, org(i), Optional.empty(), Period.from(FROM), true));

        assertThat(successes(outcomes)).hasSize(1);
        losersGotClearErrors(outcomes, NetworkValidationException.class, ConcurrentUpdateException.class);
        assertThat(first.governance().boardOn(TestData.NETWORK, FROM).chairOn(FROM))
                .contains(successes(outcomes).get(0));
        graphStillValidates();
    }

    @Test
    void endsSixteenSeatsAtOnce() throws Exception {
        List<BoardSeat> seats = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            seats.add(first.governance().appoint(TestData.NETWORK, org(i), Optional.empty(), Period.from(FROM), false));
        }
        LocalDate last = FROM.plusYears(2);

        List<Races.Outcome<BoardSeat>> outcomes = race(first, second, (runtime, i) -> runtime.governance()
                .endSeat(TestData.NETWORK, seats.get(i).id(), last));

        assertThat(successes(outcomes)).hasSize(THREADS);
        assertThat(first.governance()
                        .boardOn(TestData.NETWORK, last.plusDays(1))
                        .seats())
                .extracting(BoardSeat::organization)
                .doesNotContainAnyElementsOf(
                        seats.stream().map(BoardSeat::organization).toList());
        assertThat(first.governance().boardOn(TestData.NETWORK, last).seats()).hasSize(THREADS + 1);
        graphStillValidates();
    }

    @Test
    void changesTheChairSixteenTimesAtOnceAndKeepsOneChairAndEverySeat() throws Exception {
        List<BoardSeat> seats = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            seats.add(first.governance().appoint(TestData.NETWORK, org(i), Optional.empty(), Period.from(FROM), false));
        }
        LocalDate handover = FROM.plusYears(1);

        List<Races.Outcome<Board>> outcomes = race(first, second, (runtime, i) -> runtime.governance()
                .changeChair(TestData.NETWORK, seats.get(i).id(), handover));

        losersGotClearErrors(outcomes, ConcurrentUpdateException.class);
        assertThat(successes(outcomes)).isNotEmpty();
        Board board = first.governance().boardOn(TestData.NETWORK, handover);
        assertThat(board.seats().stream().filter(BoardSeat::chair)).hasSize(1);
        OrganizationId chair = board.chairOn(handover).orElseThrow().organization();
        List<OrganizationId> winners = outcomes.stream()
                .filter(o -> o.value().isPresent())
                .map(o -> org(o.thread()))
                .toList();
        assertThat(winners).contains(chair);
        assertThat(board.seats()).extracting(BoardSeat::organization).hasSize(THREADS + 1);
        graphStillValidates();
    }

    @Test
    void hostsTheSecretariatSixteenTimesAtOnceAndKeepsOneOfThem() throws Exception {
        List<Races.Outcome<Secretariat>> outcomes = race(first, second, (runtime, i) -> runtime.governance()
                .hostSecretariat(
                        TestData.NETWORK,
                        new Secretariat(
                                LocalizedText.en("Secretariat " + i),
                                org(i),
                                List.of(LocalizedText.en("Logistics")),
                                Optional.of(Period.from(FROM)))));

        losersGotClearErrors(outcomes, ConcurrentUpdateException.class);
        assertThat(successes(outcomes)).isNotEmpty();
        Secretariat stored = first.networks()
                .graph(TestData.NETWORK)
                .orElseThrow()
                .secretariat()
                .orElseThrow();
        assertThat(successes(outcomes)).contains(stored);
        graphStillValidates();
    }

    @Test
    void keepsEveryEndorsementOfSixteenOrganizationsAtOnce() throws Exception {
        var declaration = TestData.declaration().id();
        LocalDate day = LocalDate.of(2021, 1, 1);

        List<Races.Outcome<?>> outcomes = List.copyOf(
                race(first, second, (runtime, i) -> runtime.declarations().endorse(declaration, org(i), day)));

        assertThat(outcomes).allMatch(o -> o.value().isPresent());
        assertThat(first.declarations().endorsementsOn(declaration, day))
                .extracting(Endorsement::organization)
                .containsAll(java.util.stream.IntStream.range(0, THREADS)
                        .mapToObj(UseCaseConcurrencyContract::org)
                        .toList());

        List<Races.Outcome<?>> withdrawals = List.copyOf(race(first, second, (runtime, i) -> runtime.declarations()
                .withdrawEndorsement(declaration, org(i), day.plusYears(1))));

        assertThat(withdrawals).allMatch(o -> o.value().isPresent());
        assertThat(first.declarations().endorsementsOn(declaration, day.plusYears(1)))
                .extracting(Endorsement::organization)
                .containsExactly(TestData.HOST);
        graphStillValidates();
    }

    @Test
    void takesOneEndorsementAndOneWithdrawalOfOneOrganizationAtOnce() throws Exception {
        var declaration = TestData.declaration().id();
        LocalDate day = LocalDate.of(2021, 1, 1);

        var endorsements =
                race(first, second, (runtime, i) -> runtime.declarations().endorse(declaration, org(0), day));

        assertThat(successes(endorsements)).hasSize(1);
        losersGotClearErrors(endorsements, EndorsementRefusedException.class, ConcurrentUpdateException.class);

        var withdrawals = race(first, second, (runtime, i) -> runtime.declarations()
                .withdrawEndorsement(declaration, org(0), day.plusDays(30)));

        assertThat(successes(withdrawals)).hasSize(1);
        losersGotClearErrors(withdrawals, EndorsementRefusedException.class, ConcurrentUpdateException.class);
        assertThat(first.declarations().endorsementsOn(declaration, day.plusDays(29)))
                .extracting(Endorsement::organization)
                .containsExactlyInAnyOrder(TestData.HOST, org(0));
        assertThat(first.declarations().endorsementsOn(declaration, day.plusDays(30)))
                .extracting(Endorsement::organization)
                .containsExactly(TestData.HOST);
        graphStillValidates();
    }

    @Test
    void issuesOneNewsletterIssueSixteenTimesAtOnceAndRecordsItsDeliveriesOnce() throws Exception {
        for (int i = 0; i < THREADS; i++) {
            first.newsletters()
                    .subscribe(new Subscription(
                            SubscriptionId.of("reader-" + i),
                            TestData.NEWSLETTER,
                            "reader" + i + "@example.org",
                            Optional.empty(),
                            Optional.empty(),
                            Set.of(),
                            new Consent(LocalDate.of(2021, 1, 1), "web form"),
                            SubscriptionStatus.ACTIVE,
                            LocalDate.of(2021, 1, 1)));
        }
        int audience =
                first.newsletters().audience(TestData.NEWSLETTER, Set.of()).size();
        NewsletterIssue issue = new NewsletterIssue(
                MessageId.of("raced-issue-7"),
                TestData.NEWSLETTER,
                7,
                LocalDate.of(2021, 2, 1),
                Set.of(),
                LocalizedText.en("Issue 7"),
                LocalizedText.en("News"));

        List<Races.Outcome<Integer>> outcomes =
                race(first, second, (runtime, i) -> runtime.newsletters().issue(issue));

        assertThat(successes(outcomes)).hasSize(THREADS).containsOnly(audience);
        assertThat(first.directory()
                        .deliveries(issue.id(), org.chemnet.network.kernel.PageRequest.first(1_000))
                        .items())
                .hasSize(audience)
                .extracting(d -> d.address())
                .doesNotHaveDuplicates();
    }

    @Test
    void subscribesSixteenAndUnsubscribesEachOnce() throws Exception {
        List<Races.Outcome<Subscription>> subscribed = race(first, second, (runtime, i) -> runtime.newsletters()
                .subscribe(new Subscription(
                        SubscriptionId.of("racer-sub-" + i),
                        TestData.NEWSLETTER,
                        "racer" + i + "@example.org",
                        Optional.of(person(i)),
                        Optional.of(org(i)),
                        Set.of(),
                        new Consent(LocalDate.of(2021, 1, 1), "web form"),
                        SubscriptionStatus.ACTIVE,
                        LocalDate.of(2021, 1, 1))));

        assertThat(successes(subscribed)).hasSize(THREADS);
        assertThat(first.newsletters().audience(TestData.NEWSLETTER, Set.of())).containsAll(successes(subscribed));

        LocalDate day = LocalDate.of(2022, 1, 1);
        List<Races.Outcome<Subscription>> sameOne = race(first, second, (runtime, i) -> runtime.newsletters()
                .unsubscribe(SubscriptionId.of("racer-sub-0"), day));
        List<Races.Outcome<Subscription>> each = race(first, second, (runtime, i) -> runtime.newsletters()
                .unsubscribe(SubscriptionId.of("racer-sub-" + i), day));

        assertThat(successes(sameOne)).hasSize(THREADS).allMatch(s -> s.status() == SubscriptionStatus.UNSUBSCRIBED);
        assertThat(successes(each)).hasSize(THREADS);
        assertThat(first.newsletters().audience(TestData.NEWSLETTER, Set.of()))
                .extracting(Subscription::id)
                .noneMatch(id -> id.value().startsWith("racer-sub-"));
        graphStillValidates();
    }

    @Test
    void mergesSixteenChangesOfOneOrganizationAndStoresSixteenNewOnes() throws Exception {
        List<Races.Outcome<Organization>> changes =
                race(first, second, (runtime, i) -> runtime.networks().update(TestData.MEMBER, o -> {
                    List<String> names = new ArrayList<>(o.otherNames());
                    names.add("Name " + i);
                    return o.toBuilder()
                            .otherNames(names.toArray(String[]::new))
                            .build();
                }));
        List<Races.Outcome<Organization>> saved =
                race(first, second, (runtime, i) -> runtime.networks().save(organization(100 + i)));
        List<Races.Outcome<Person>> persons = race(
                first, second, (runtime, i) -> runtime.networks().save(Person.of(PersonId.of("new-" + i), "New " + i)));

        assertThat(successes(changes)).hasSize(THREADS);
        Organization member = first.networks().graph(TestData.NETWORK).orElseThrow().organizations().stream()
                .filter(o -> o.id().equals(TestData.MEMBER))
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < THREADS; i++) {
            assertThat(member.otherNames()).contains("Name " + i);
        }
        assertThat(successes(saved)).hasSize(THREADS);
        assertThat(successes(persons)).hasSize(THREADS);
        for (int i = 0; i < THREADS; i++) {
            int n = i;
            Optional<Organization> organization = first.directory().organization(org(100 + n));
            Optional<Person> person = first.directory().person(PersonId.of("new-" + n));
            assertThat(organization).contains(organization(100 + n));
            assertThat(person).contains(Person.of(PersonId.of("new-" + n), "New " + n));
        }
        graphStillValidates();
    }

    @Test
    void takesOneApplicationOfOneOrganizationAndSixteenOfSixteen() throws Exception {
        LocalDate day = LocalDate.of(2021, 1, 1);
        var same = race(first, second, (runtime, i) -> runtime.participation()
                .apply(Application.of(TestData.NETWORK, org(0), Optional.empty(), day)));
        var each = race(first, second, (runtime, i) -> runtime.participation()
                .apply(Application.of(TestData.NETWORK, org(i), Optional.empty(), day)));

        assertThat(successes(same)).hasSize(1);
        losersGotClearErrors(same, ApplicationRefusedException.class, ConcurrentUpdateException.class);
        assertThat(each.stream().filter(o -> o.thread() != 0))
                .allMatch(o -> o.value().isPresent());
        List<Membership> stored = first.participation().history(org(0));
        assertThat(stored).containsExactly(successes(same).get(0));
        for (Races.Outcome<Membership> outcome : each) {
            outcome.value().ifPresent(m -> assertThat(first.participation().history(m.organization()))
                    .contains(m));
        }
        graphStillValidates();
    }

    @Test
    void approvesOneApplicationOnceOfSixteenDecisions() throws Exception {
        LocalDate day = LocalDate.of(2021, 1, 1);
        Membership applied =
                first.participation().apply(Application.of(TestData.NETWORK, org(0), Optional.empty(), day));

        var outcomes =
                race(first, second, (runtime, i) -> runtime.participation().approve(applied.id(), day.plusDays(1)));

        assertThat(successes(outcomes)).hasSize(1);
        losersGotClearErrors(outcomes, IllegalMembershipTransitionException.class, ConcurrentUpdateException.class);
        Membership stored = first.participation().history(org(0)).get(0);
        assertThat(stored).isEqualTo(successes(outcomes).get(0));
        assertThat(stored.status()).isEqualTo(MembershipStatus.ACTIVE);
        graphStillValidates();
    }
}
