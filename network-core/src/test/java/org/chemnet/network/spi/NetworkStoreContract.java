package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.api.OptionalAssert;
import org.chemnet.network.ConcurrentUpdateException;
import org.chemnet.network.NetworkGraph;
import org.chemnet.network.NetworkId;
import org.chemnet.network.TestData;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link NetworkStore} keeps. An implementation's test extends this class and says how to make a
 * fresh, empty store; every test here then runs against it. network-core runs it on the in-memory store,
 * network-jdbc on H2 and PostgreSQL; integrators run it on theirs by depending on network-core's test jar.
 */
public abstract class NetworkStoreContract {
    /** A fresh store with nothing in it. Called before each test. */
    protected abstract NetworkStore createStore();

    protected NetworkStore store;

    private <T> OptionalAssert<T> assertOptional(Function<StoreReader, Optional<T>> query) {
        return assertThat(store.read(query));
    }

    private <T> ListAssert<T> assertList(Function<StoreReader, List<T>> query) {
        return assertThat(store.read(query));
    }

    private <T> ObjectAssert<T> assertValue(Function<StoreReader, T> query) {
        return assertThat(store.read(query));
    }

    @BeforeEach
    void freshStore() {
        store = createStore();
    }

    private void importTestGraph() {
        store.inTransaction(tx -> {
            tx.importGraph(TestData.graph());
            return null;
        });
    }

    @Test
    void startsEmpty() {
        assertList(StoreReader::networks).isEmpty();
        assertOptional(r -> r.network(TestData.NETWORK)).isEmpty();
        assertValue(r -> r.board(TestData.NETWORK)).isEqualTo(Board.empty());
        assertOptional(r -> r.graph(TestData.NETWORK)).isEmpty();
    }

    @Test
    void importsAGraphAndGivesEveryPartBack() {
        importTestGraph();
        NetworkGraph graph = TestData.graph();

        assertList(StoreReader::networks).containsExactly(TestData.NETWORK);
        assertOptional(r -> r.network(TestData.NETWORK)).contains(graph.network());
        assertOptional(r -> r.organization(TestData.MEMBER)).contains(TestData.member());
        assertOptional(r -> r.person(TestData.CHAIR_PERSON))
                .contains(graph.persons().get(0));
        assertValue(r -> r.board(TestData.NETWORK)).isEqualTo(graph.board());
        assertOptional(r -> r.secretariat(TestData.NETWORK)).isEqualTo(graph.secretariat());
        assertList(r -> r.activities(TestData.NETWORK)).isEqualTo(graph.activities());
        assertOptional(r -> r.activity(TestData.NEWSLETTER)).contains(TestData.newsletter());
        assertList(r -> r.events(TestData.NETWORK)).isEqualTo(graph.events());
        assertOptional(r -> r.event(TestData.SUMMIT)).contains(TestData.summit());
        assertList(r -> r.declarations(TestData.NETWORK)).isEqualTo(graph.declarations());
        assertOptional(r -> r.declaration(TestData.declaration().id())).contains(TestData.declaration());
        assertOptional(r -> r.networkOfDeclaration(TestData.declaration().id())).contains(TestData.NETWORK);
        assertList(r -> r.subscriptions(TestData.NEWSLETTER)).isEqualTo(graph.subscriptions());
        assertOptional(r -> r.subscription(TestData.subscription().id())).contains(TestData.subscription());
    }

    @Test
    void givesTheWholeGraphBackForExport() {
        importTestGraph();
        NetworkGraph expected = TestData.graph();

        NetworkGraph actual = store.read(r -> r.graph(TestData.NETWORK)).orElseThrow();

        assertThat(actual.network()).isEqualTo(expected.network());
        assertThat(actual.organizations()).containsExactlyInAnyOrderElementsOf(expected.organizations());
        assertThat(actual.persons()).containsExactlyInAnyOrderElementsOf(expected.persons());
        assertThat(actual.memberships())
                .containsExactly(expected.memberships().get(0).withVersion(1));
        assertThat(actual.board()).isEqualTo(expected.board());
        assertThat(actual.secretariat()).isEqualTo(expected.secretariat());
        assertThat(actual.activities()).isEqualTo(expected.activities());
        assertThat(actual.events()).isEqualTo(expected.events());
        assertThat(actual.declarations()).isEqualTo(expected.declarations());
        assertThat(actual.subscriptions()).isEqualTo(expected.subscriptions());
    }

    @Test
    void keepsTextExactlyAsGiven() {
        String hostile = "O'Brien; DROP TABLE organization; -- \"quoted\" \\ 化学 🧪 \u00e9\u0301";
        Organization organization = TestData.member().toBuilder()
                .name(LocalizedText.jaEn(hostile, hostile))
                .acronym("'--")
                .otherNames(hostile, "%_*")
                .build();
        store.inTransaction(tx -> {
            tx.putOrganization(organization);
            return null;
        });
        assertOptional(r -> r.organization(TestData.MEMBER)).contains(organization);
    }

    @Test
    void replacesByIdentifier() {
        importTestGraph();
        Organization renamed =
                TestData.member().toBuilder().name(LocalizedText.en("Renamed")).build();
        store.inTransaction(tx -> {
            tx.putOrganization(renamed);
            return null;
        });
        assertOptional(r -> r.organization(TestData.MEMBER)).contains(renamed);
    }

    @Test
    void versionsMembershipsAndRefusesAStaleUpdate() {
        importTestGraph();
        Membership stored = store.read(r -> r.membership(MembershipId.of("m1"))).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);

        Membership suspended = stored.moveTo(StatusChange.of(MembershipStatus.SUSPENDED, LocalDate.of(2020, 5, 1)));
        Membership updated = store.inTransaction(tx -> tx.updateMembership(suspended));
        assertThat(updated.version()).isEqualTo(2);
        assertOptional(r -> r.membership(stored.id())).contains(updated);

        Membership stale = stored.moveTo(StatusChange.of(MembershipStatus.WITHDRAWN, LocalDate.of(2020, 5, 1)));
        assertThatThrownBy(() -> store.inTransaction(tx -> tx.updateMembership(stale)))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("m1");
        assertOptional(r -> r.membership(stored.id())).contains(updated);
    }

    @Test
    void refusesToInsertAMembershipTwice() {
        importTestGraph();
        assertThatThrownBy(() -> store.inTransaction(tx -> tx.insertMembership(TestData.activeMembership())))
                .isInstanceOf(NetworkStorageException.class);
    }

    @Test
    void undoesEverythingAFailedTransactionDid() {
        importTestGraph();
        Organization renamed =
                TestData.member().toBuilder().name(LocalizedText.en("Renamed")).build();
        Membership newOne = Membership.application(
                MembershipId.of("m-new"),
                TestData.NETWORK,
                TestData.HOST,
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                LocalDate.of(2021, 1, 1));

        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    tx.putOrganization(renamed);
                    tx.insertMembership(newOne);
                    tx.putBoard(TestData.NETWORK, Board.empty());
                    tx.deleteSubscription(TestData.subscription().id());
                    throw new IllegalStateException("failure in the middle");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertOptional(r -> r.organization(TestData.MEMBER)).contains(TestData.member());
        assertOptional(r -> r.membership(newOne.id())).isEmpty();
        assertList(r -> r.memberships(TestData.NETWORK)).hasSize(1);
        assertValue(r -> r.board(TestData.NETWORK)).isEqualTo(TestData.board());
        assertOptional(r -> r.subscription(TestData.subscription().id())).isPresent();
    }

    @Test
    void importIsAllOrNothing() {
        NetworkGraph graph = TestData.graph();
        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    tx.importGraph(graph);
                    tx.insertMembership(graph.memberships().get(0));
                    return null;
                }))
                .isInstanceOf(NetworkStorageException.class);
        assertList(StoreReader::networks).isEmpty();
        assertOptional(r -> r.organization(TestData.MEMBER)).isEmpty();
    }

    @Test
    void answersParticipantsOfADayWithFilters() {
        importTestGraph();
        Organization large = Organization.builder(
                        OrganizationId.of("large"), LocalizedText.en("Large Co."), OrganizationType.ENTERPRISE)
                .country("DE")
                .size(EnterpriseSize.LARGE)
                .build();
        Membership later = new Membership(
                MembershipId.of("m-large"),
                TestData.NETWORK,
                large.id(),
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                List.of(
                        StatusChange.of(MembershipStatus.APPLIED, LocalDate.of(2020, 1, 1)),
                        StatusChange.of(MembershipStatus.APPROVED, LocalDate.of(2020, 1, 2)),
                        StatusChange.of(MembershipStatus.ACTIVE, LocalDate.of(2020, 3, 10))),
                0);
        store.inTransaction(tx -> {
            tx.putOrganization(large);
            return tx.insertMembership(later);
        });

        ParticipantQuery onCountDay = ParticipantQuery.of(TestData.NETWORK, LocalDate.of(2020, 3, 9));
        ParticipantQuery dayAfter = ParticipantQuery.of(TestData.NETWORK, LocalDate.of(2020, 3, 10));
        assertList(r -> r.participants(onCountDay))
                .extracting(p -> p.organization().id())
                .containsExactly(TestData.MEMBER);
        assertValue(r -> r.countParticipants(onCountDay)).isEqualTo(1L);
        assertList(r -> r.participants(dayAfter))
                .extracting(p -> p.organization().id())
                .containsExactly(large.id(), TestData.MEMBER);
        assertValue(r -> r.countParticipants(dayAfter.countries("DE"))).isEqualTo(1L);
        assertValue(r -> r.countParticipants(dayAfter.sizes(EnterpriseSize.SME)))
                .isEqualTo(1L);
        assertValue(r -> r.countParticipants(dayAfter.types(OrganizationType.NGO)))
                .isEqualTo(0L);
        assertValue(r -> r.countParticipants(dayAfter.role(MembershipRole.OBSERVER)))
                .isEqualTo(0L);
        assertValue(r -> r.countParticipants(ParticipantQuery.of(NetworkId.of("other"), LocalDate.MAX)))
                .isEqualTo(0L);
        List<Participant> participants = store.read(r -> r.participants(dayAfter));
        assertThat(participants.get(0).membership().id()).isEqualTo(later.id());
    }

    @Test
    void answersAnOrganizationsHistoryOldestFirst() {
        importTestGraph();
        Membership second = Membership.application(
                MembershipId.of("a-second"),
                TestData.NETWORK,
                TestData.MEMBER,
                MembershipRole.OBSERVER,
                Optional.empty(),
                LocalDate.of(2022, 1, 1));
        store.inTransaction(tx -> tx.insertMembership(second));
        assertList(r -> r.membershipsOf(TestData.MEMBER))
                .extracting(Membership::id)
                .containsExactly(MembershipId.of("m1"), second.id());
        assertList(r -> r.membershipsOf(OrganizationId.of("nobody"))).isEmpty();
    }

    @Test
    void keepsPartnersActivitiesEventsAndDeclarationsPerNetwork() {
        importTestGraph();
        Partner partner = new Partner(TestData.HOST, Optional.of(LocalizedText.en("ally")), Optional.empty());
        Declaration endorsed = TestData.declaration()
                .withEndorsements(List.of(
                        Endorsement.of(TestData.HOST, LocalDate.of(2016, 4, 20)),
                        new Endorsement(
                                TestData.MEMBER, LocalDate.of(2016, 4, 20), Optional.of(LocalDate.of(2018, 1, 1)))));
        store.inTransaction(tx -> {
            tx.putPartner(TestData.NETWORK, partner);
            tx.putDeclaration(TestData.NETWORK, endorsed);
            tx.putNetwork(TestData.network());
            return null;
        });
        assertList(r -> r.partners(TestData.NETWORK)).containsExactly(partner);
        assertList(r -> r.partners(NetworkId.of("other"))).isEmpty();
        assertOptional(r -> r.declaration(endorsed.id())).contains(endorsed);
        assertList(r -> r.activities(NetworkId.of("other"))).isEmpty();
        List<Activity> activities = store.read(r -> r.activities(TestData.NETWORK));
        assertThat(activities).hasSize(2);
    }

    @Test
    void replacesTheBoardWholeAndSetsTheSecretariat() {
        importTestGraph();
        Board board = new Board(
                LocalizedText.en("Board"),
                List.of(
                        new BoardSeat(
                                BoardSeatId.of("a"),
                                TestData.HOST,
                                Optional.empty(),
                                Period.of(LocalDate.of(2019, 4, 1), LocalDate.of(2021, 3, 31)),
                                true),
                        new BoardSeat(
                                BoardSeatId.of("b"),
                                TestData.MEMBER,
                                Optional.of(TestData.CHAIR_PERSON),
                                Period.from(LocalDate.of(2021, 4, 1)),
                                false)));
        store.inTransaction(tx -> {
            tx.putBoard(TestData.NETWORK, board);
            return null;
        });
        assertValue(r -> r.board(TestData.NETWORK)).isEqualTo(board);
    }

    @Test
    void erasesPersonsAndDeletesSubscriptionsWithTheirDeliveries() {
        importTestGraph();
        MailMessage message = issue().toMessage();
        Delivery delivery = delivery("d1", message.id(), Instant.parse("2024-01-01T00:00:00Z"));
        store.inTransaction(tx -> {
            tx.insertMessage(message);
            tx.insertDeliveries(List.of(delivery));
            tx.putPerson(Person.of(TestData.CHAIR_PERSON, "x").erased());
            tx.deleteSubscription(TestData.subscription().id());
            return null;
        });
        assertOptional(r -> r.subscription(TestData.subscription().id())).isEmpty();
        assertOptional(r -> r.delivery(delivery.id())).isEmpty();
        assertThat(store.read(r -> r.person(TestData.CHAIR_PERSON))
                        .orElseThrow()
                        .isErased())
                .isTrue();
        assertOptional(r -> r.message(message.id())).contains(message);
    }

    @Test
    void findsSubscriptionsOfAPerson() {
        importTestGraph();
        PersonId reader = PersonId.of("reader");
        Subscription s = TestData.subscription();
        Subscription ofPerson = new Subscription(
                s.id(),
                s.newsletter(),
                s.address(),
                Optional.of(reader),
                s.organization(),
                s.topics(),
                s.consent(),
                s.status(),
                s.statusSince());
        store.inTransaction(tx -> {
            tx.putPerson(Person.of(reader, "Reader"));
            tx.putSubscription(ofPerson);
            return null;
        });
        assertList(r -> r.subscriptionsOf(reader)).containsExactly(ofPerson);
        assertList(r -> r.subscriptionsOf(TestData.CHAIR_PERSON)).isEmpty();
    }

    @Test
    void keepsTheOutboxAndAnswersDueDeliveriesInOrder() {
        importTestGraph();
        MailMessage message = issue().toMessage();
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        Delivery late = delivery("b-late", message.id(), t0.plusSeconds(60));
        Delivery early = delivery("c-early", message.id(), t0);
        Delivery sameTime = delivery("a-same", message.id(), t0);
        store.inTransaction(tx -> {
            tx.insertMessage(message);
            tx.insertDeliveries(List.of(late, early, sameTime));
            return null;
        });

        assertList(r -> r.dueDeliveries(t0, 10)).containsExactly(sameTime, early);
        assertList(r -> r.dueDeliveries(t0.plusSeconds(60), 2)).containsExactly(sameTime, early);
        assertList(r -> r.deliveries(message.id())).hasSize(3);

        Delivery sent = early.attempted(DeliveryStatus.SENT, t0, Optional.empty());
        store.inTransaction(tx -> {
            tx.updateDelivery(sent);
            return null;
        });
        assertOptional(r -> r.delivery(early.id())).contains(sent);
        assertList(r -> r.dueDeliveries(t0.plusSeconds(60), 10)).containsExactly(sameTime, late);
        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    tx.insertDeliveries(List.of(late));
                    return null;
                }))
                .isInstanceOf(NetworkStorageException.class);
        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    tx.insertMessage(message);
                    return null;
                }))
                .isInstanceOf(NetworkStorageException.class);
    }

    @Test
    void racingUpdatesOfOneMembershipGiveExactlyOneWinner() throws Exception {
        importTestGraph();
        Membership read = store.read(r -> r.membership(MembershipId.of("m1"))).orElseThrow();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                LocalDate day = LocalDate.of(2020, 6, 1).plusDays(i);
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        store.inTransaction(tx ->
                                tx.updateMembership(read.moveTo(StatusChange.of(MembershipStatus.SUSPENDED, day))));
                        return true;
                    } catch (ConcurrentUpdateException e) {
                        return false;
                    }
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            Membership after = store.read(r -> r.membership(read.id())).orElseThrow();
            assertThat(after.version()).isEqualTo(2);
            assertThat(after.history()).hasSize(4);
        } finally {
            pool.shutdownNow();
        }
    }

    private static NewsletterIssue issue() {
        return new NewsletterIssue(
                MessageId.of("issue-106"),
                TestData.NEWSLETTER,
                106,
                LocalDate.of(2020, 6, 30),
                Set.of("Europe"),
                LocalizedText.jaEn("第106号", "No. 106"),
                LocalizedText.en("News from Europe."));
    }

    private static Delivery delivery(String id, MessageId message, Instant due) {
        return Delivery.pending(
                DeliveryId.of(id),
                message,
                "reader@example.org",
                Optional.of("Reader"),
                "ja",
                Optional.of(TestData.subscription().id()),
                due);
    }
}
