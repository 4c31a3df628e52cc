package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link NetworkStore} as a whole: transactions are all or nothing across every port, reads see
 * what was committed (on this node and on another), a whole network goes in with {@link StoreTransaction#importGraph}
 * and comes back with {@link StoreTransaction#graph}, and text is kept exactly as given. What each port keeps is in
 * its own suite: {@link NetworkPortContract}, {@link OrganizationPortContract}, {@link MembershipPortContract},
 * {@link GovernancePortContract}, {@link ContentPortContract}, {@link SubscriptionPortContract},
 * {@link OutboxPortContract}.
 *
 * <p>network-core runs every suite on the in-memory store, network-jdbc on H2 and PostgreSQL; integrators run them on
 * theirs by depending on network-core's test jar (see {@link StoreContract}).
 *
 * @since 0.1.0
 */
public abstract class NetworkStoreContract extends StoreContract {
    private static final NetworkId OTHER = NetworkId.of("other");

    /** Creates the suite. */
    protected NetworkStoreContract() {}

    @Test
    void startsEmpty() {
        assertThat(listed(tx -> tx.networks().ids())).isEmpty();
        assertThat(found(tx -> tx.networks().network(TestData.NETWORK))).isEmpty();
        assertThat(board(TestData.NETWORK)).isEqualTo(Board.empty());
        assertThat(found(tx -> tx.graph(TestData.NETWORK))).isEmpty();
    }

    @Test
    void importsAGraphAndGivesEveryPartBack() {
        importTestGraph();
        NetworkGraph graph = TestData.graph();

        assertThat(listed(tx -> tx.networks().ids())).containsExactly(TestData.NETWORK);
        assertThat(found(tx -> tx.networks().network(TestData.NETWORK))).contains(graph.network());
        assertThat(found(tx -> tx.organizations().organization(TestData.MEMBER)))
                .contains(TestData.member());
        assertThat(found(tx -> tx.organizations().organization(TestData.HOST))).contains(TestData.host());
        assertThat(found(tx -> tx.organizations().person(TestData.CHAIR_PERSON)))
                .contains(graph.persons().get(0));
        assertThat(listed(tx -> tx.memberships().memberships(TestData.NETWORK)))
                .containsExactly(TestData.activeMembership().withVersion(1));
        assertThat(board(TestData.NETWORK)).isEqualTo(graph.board());
        assertThat(read(tx -> tx.governance().secretariat(TestData.NETWORK)).map(Versioned::value))
                .isEqualTo(graph.secretariat());
        assertThat(listed(tx -> tx.content().activities(TestData.NETWORK))).isEqualTo(graph.activities());
        assertThat(found(tx -> tx.content().activity(TestData.NEWSLETTER))).contains(TestData.newsletter());
        assertThat(listed(tx -> tx.content().events(TestData.NETWORK))).isEqualTo(graph.events());
        assertThat(found(tx -> tx.content().event(TestData.SUMMIT))).contains(TestData.summit());
        assertThat(listed(tx -> tx.content().declarations(TestData.NETWORK))).isEqualTo(graph.declarations());
        assertThat(found(tx -> tx.content().declaration(TestData.declaration().id())))
                .contains(TestData.declaration());
        assertThat(found(tx ->
                        tx.content().networkOfDeclaration(TestData.declaration().id())))
                .contains(TestData.NETWORK);
        assertThat(listed(tx -> tx.subscriptions().subscriptions(TestData.NEWSLETTER)))
                .isEqualTo(graph.subscriptions());
        assertThat(found(tx ->
                        tx.subscriptions().subscription(TestData.subscription().id())))
                .contains(TestData.subscription());
    }

    @Test
    void givesTheWholeGraphBackForExport() {
        importTestGraph();
        NetworkGraph expected = TestData.graph();

        NetworkGraph actual = read(tx -> tx.graph(TestData.NETWORK)).orElseThrow();

        assertThat(actual.network()).isEqualTo(expected.network());
        assertThat(actual.organizations()).containsExactlyInAnyOrderElementsOf(expected.organizations());
        assertThat(actual.persons()).containsExactlyInAnyOrderElementsOf(expected.persons());
        assertThat(actual.memberships())
                .containsExactly(expected.memberships().get(0).withVersion(1));
        assertThat(actual.board()).isEqualTo(expected.board());
        assertThat(actual.secretariat()).isEqualTo(expected.secretariat());
        assertThat(actual.partners()).isEqualTo(expected.partners());
        assertThat(actual.activities()).isEqualTo(expected.activities());
        assertThat(actual.events()).isEqualTo(expected.events());
        assertThat(actual.declarations()).isEqualTo(expected.declarations());
        assertThat(actual.subscriptions()).isEqualTo(expected.subscriptions());
    }

    @Test
    void graphOfAnAbsentNetworkIsEmpty() {
        importTestGraph();

        assertThat(found(tx -> tx.graph(OTHER))).isEmpty();
    }

    @Test
    void graphOfANetworkHoldsOnlyWhatBelongsToIt() {
        importTestGraph();
        Organization stranger = organization("stranger");
        write(tx -> {
            tx.networks().insert(network(OTHER));
            tx.organizations().insert(stranger);
        });

        NetworkGraph other = read(tx -> tx.graph(OTHER)).orElseThrow();

        assertThat(other.network()).isEqualTo(network(OTHER));
        assertThat(other.organizations()).isEmpty();
        assertThat(other.persons()).isEmpty();
        assertThat(other.memberships()).isEmpty();
        assertThat(other.board()).isEqualTo(Board.empty());
        assertThat(other.secretariat()).isEmpty();
        assertThat(other.activities()).isEmpty();
        assertThat(other.declarations()).isEmpty();
        assertThat(read(tx -> tx.graph(TestData.NETWORK)).orElseThrow().organizations())
                .doesNotContain(stranger);
    }

    @Test
    void keepsTextExactlyAsGiven() {
        String hostile = "O'Brien; DROP TABLE organization; -- \"quoted\" \\ 化学 🧪 \u00e9\u0301";
        Organization organization = TestData.member().toBuilder()
                .name(LocalizedText.jaEn(hostile, hostile))
                .acronym("'--")
                .otherNames(hostile, "%_*")
                .build();
        Person person =
                new Person(PersonId.of("o.brien_1"), hostile, Optional.of("%_\\"), Optional.empty(), Optional.of("ja"));

        write(tx -> {
            tx.organizations().insert(organization);
            tx.organizations().insert(person);
        });

        assertThat(found(tx -> tx.organizations().organization(TestData.MEMBER)))
                .contains(organization);
        assertThat(found(tx -> tx.organizations().person(person.id()))).contains(person);
    }

    @Test
    void readSeesWhatWasCommittedOnThisNodeAndOnTheOther() {
        NetworkStore second = secondNode();

        write(tx -> tx.networks().insert(TestData.network()));
        second.inTransaction(tx -> {
            tx.organizations().insert(TestData.host());
            return null;
        });

        assertThat(found(tx -> tx.organizations().organization(TestData.HOST))).contains(TestData.host());
        Optional<Network> seenOnTheSecond = second.read(tx -> tx.networks().network(TestData.NETWORK));
        assertThat(seenOnTheSecond).contains(TestData.network());
        assertThat(found(tx -> tx.networks().find(TestData.NETWORK))).contains(new Versioned<>(TestData.network(), 1));
    }

    @Test
    void aTransactionSeesItsOwnWritesInEveryPort() {
        importTestGraph();
        Organization added = organization("added");

        List<Object> seen = store.inTransaction(tx -> {
            tx.organizations().insert(added);
            Membership m = tx.memberships()
                    .insert(Membership.application(
                            MembershipId.of("m-added"),
                            TestData.NETWORK,
                            added.id(),
                            MembershipRole.PARTICIPANT,
                            Optional.empty(),
                            LocalDate.of(2021, 1, 1)));
            tx.content().insertEndorsement(TestData.declaration().id(), Endorsement.of(added.id(), day(0)));
            return List.of(
                    tx.organizations().organization(added.id()).orElseThrow(),
                    tx.memberships().membership(m.id()).orElseThrow(),
                    tx.content()
                            .declaration(TestData.declaration().id())
                            .orElseThrow()
                            .endorsements()
                            .size());
        });

        assertThat(seen).hasSize(3);
        assertThat(seen.get(0)).isEqualTo(added);
        assertThat(seen.get(2)).isEqualTo(2);
    }

    @Test
    void inTransactionGivesBackWhatTheWorkReturned() {
        String done = store.inTransaction(tx -> "done");
        Integer answer = store.read(tx -> 42);

        assertThat(done).isEqualTo("done");
        assertThat(answer).isEqualTo(42);
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
        BoardSeat seat = new BoardSeat(
                BoardSeatId.of("seat2"), TestData.HOST, Optional.empty(), Period.from(LocalDate.of(2021, 4, 1)), false);
        MailMessage message = message("issue-106");

        assertThatThrownBy(() -> write(tx -> {
                    tx.networks().update(network(TestData.NETWORK), 1);
                    tx.organizations().update(renamed, 1);
                    tx.organizations().insert(Person.of(PersonId.of("new-person"), "New"));
                    tx.memberships().insert(newOne);
                    tx.governance().insertSeat(TestData.NETWORK, seat);
                    tx.governance()
                            .advanceBoard(TestData.NETWORK, tx.governance().boardVersion(TestData.NETWORK));
                    tx.governance()
                            .saveSecretariat(
                                    TestData.NETWORK,
                                    new Secretariat(
                                            LocalizedText.en("Moved"), TestData.MEMBER, List.of(), Optional.empty()),
                                    1);
                    tx.content().endEndorsement(TestData.declaration().id(), TestData.HOST, LocalDate.of(2018, 1, 1));
                    tx.subscriptions().delete(TestData.subscription().id());
                    tx.outbox().insertMessage(message);
                    throw new IllegalStateException("failure in the middle");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertNothingChangedSinceTheImport(0);
        assertThat(found(tx -> tx.organizations().person(PersonId.of("new-person"))))
                .isEmpty();
        assertThat(found(tx -> tx.memberships().membership(newOne.id()))).isEmpty();
        assertThat(found(tx -> tx.outbox().message(message.id()))).isEmpty();
    }

    @Test
    void undoesEverythingATransactionDidBeforeAConflict() {
        importTestGraph();
        long boardVersion = read(tx -> tx.governance().boardVersion(TestData.NETWORK));
        Organization renamed =
                TestData.member().toBuilder().name(LocalizedText.en("Renamed")).build();

        assertThatThrownBy(() -> write(tx -> {
                    tx.organizations().update(renamed, 1);
                    tx.governance().advanceBoard(TestData.NETWORK, boardVersion);
                    tx.subscriptions()
                            .update(
                                    TestData.subscription()
                                            .withStatus(SubscriptionStatus.UNSUBSCRIBED, LocalDate.of(2021, 1, 1)),
                                    1);
                    tx.memberships()
                            .update(TestData.activeMembership()
                                    .moveTo(StatusChange.of(MembershipStatus.SUSPENDED, LocalDate.of(2021, 1, 1)))
                                    .withVersion(7));
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertNothingChangedSinceTheImport(boardVersion);
    }

    private void assertNothingChangedSinceTheImport(long boardVersion) {
        assertThat(found(tx -> tx.networks().find(TestData.NETWORK))).contains(new Versioned<>(TestData.network(), 1));
        assertThat(found(tx -> tx.organizations().find(TestData.MEMBER)))
                .contains(new Versioned<>(TestData.member(), 1));
        assertThat(listed(tx -> tx.memberships().memberships(TestData.NETWORK)))
                .containsExactly(TestData.activeMembership().withVersion(1));
        assertThat(board(TestData.NETWORK)).isEqualTo(TestData.board());
        if (boardVersion == 0) {
            assertThat(counted(tx -> tx.governance().boardVersion(TestData.NETWORK)))
                    .isZero();
        } else {
            assertThat(counted(tx -> tx.governance().boardVersion(TestData.NETWORK)))
                    .isEqualTo(boardVersion);
        }
        assertThat(found(tx -> tx.governance().secretariat(TestData.NETWORK)))
                .contains(new Versioned<>(TestData.graph().secretariat().orElseThrow(), 1));
        assertThat(found(tx -> tx.content().declaration(TestData.declaration().id())))
                .contains(TestData.declaration());
        assertThat(found(tx -> tx.subscriptions().find(TestData.subscription().id())))
                .contains(new Versioned<>(TestData.subscription(), 1));
    }

    @Test
    void importIsAllOrNothing() {
        NetworkGraph graph = TestData.graph();

        assertThatThrownBy(() -> write(tx -> {
                    tx.importGraph(graph);
                    tx.memberships().insertAll(graph.memberships());
                }))
                .isInstanceOf(NetworkStorageException.class);

        assertThat(listed(tx -> tx.networks().ids())).isEmpty();
        assertThat(found(tx -> tx.organizations().organization(TestData.MEMBER)))
                .isEmpty();
        assertThat(found(tx -> tx.graph(TestData.NETWORK))).isEmpty();
    }

    @Test
    void importOfAGraphWithAPartOfAnotherNetworkIsRefusedAndStoresNothingOfIt() {
        importTestGraph();
        Organization newcomer = organization("newcomer");
        NetworkGraph clashing = NetworkGraph.builder(network(OTHER))
                .organizations(newcomer)
                .memberships(Membership.application(
                        MembershipId.of("m-other"),
                        OTHER,
                        newcomer.id(),
                        MembershipRole.PARTICIPANT,
                        Optional.empty(),
                        LocalDate.of(2021, 1, 1)))
                .events(TestData.summit())
                .build();

        assertThatThrownBy(() -> write(tx -> tx.importGraph(clashing))).isInstanceOf(NetworkStorageException.class);

        assertThat(listed(tx -> tx.networks().ids())).containsExactly(TestData.NETWORK);
        assertThat(found(tx -> tx.organizations().organization(newcomer.id()))).isEmpty();
        assertThat(found(tx -> tx.memberships().membership(MembershipId.of("m-other"))))
                .isEmpty();
        assertThat(listed(tx -> tx.content().events(TestData.NETWORK))).containsExactly(TestData.summit());
    }

    @Test
    void importOfAStoredNetworkIsRefusedAndKeepsTheStoredOne() {
        importTestGraph();
        NetworkGraph again = TestData.graph().toBuilder()
                .organizations(
                        TestData.host(),
                        TestData.member().toBuilder()
                                .name(LocalizedText.en("Renamed"))
                                .build())
                .build();

        assertThatThrownBy(() -> write(tx -> tx.importGraph(again))).isInstanceOf(NetworkException.class);

        assertNothingChangedSinceTheImport(0);
    }

    @Test
    void importLeavesTheOrganizationsAndPersonsItSharesAsTheyAreStored() {
        importTestGraph();
        Organization renamedHost = TestData.host().toBuilder()
                .name(LocalizedText.en("Renamed host"))
                .build();
        Person chair = Person.of(TestData.CHAIR_PERSON, "Taro Yamada");
        NetworkGraph other = NetworkGraph.builder(network(OTHER))
                .organizations(renamedHost)
                .persons(chair)
                .build();

        write(tx -> tx.importGraph(other));

        assertThat(found(tx -> tx.organizations().find(TestData.HOST))).contains(new Versioned<>(TestData.host(), 1));
        assertThat(found(tx -> tx.organizations().find(TestData.CHAIR_PERSON)))
                .map(Versioned::version)
                .contains(1L);
        assertThat(listed(tx -> tx.networks().ids())).containsExactly(OTHER, TestData.NETWORK);
    }

    @Test
    void keepsTheOutboxOutOfTheGraph() {
        importTestGraph();
        MailMessage message = message("issue-106");
        write(tx -> {
            tx.outbox().insertMessage(message);
            tx.outbox()
                    .insertDeliveries(List.of(
                            delivery("d1", message.id(), Instant.parse("2024-01-01T00:00:00Z"), Optional.empty())));
        });

        NetworkGraph graph = read(tx -> tx.graph(TestData.NETWORK)).orElseThrow();

        assertThat(graph.subscriptions()).containsExactly(TestData.subscription());
        assertThat(graph.persons()).containsExactly(Person.of(TestData.CHAIR_PERSON, "Hanako Yamada"));
    }
}
