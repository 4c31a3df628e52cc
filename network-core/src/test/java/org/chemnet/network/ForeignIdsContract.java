package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.chemnet.network.Races.race;
import static org.chemnet.network.Races.successes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.governance.Board;
import org.chemnet.network.graph.ImportOptions;
import org.chemnet.network.graph.ImportSummary;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.graph.NetworkImport;
import org.chemnet.network.graph.RefusedRecord;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Identifiers another network of the store holds already (of a membership, board seat, activity, event, declaration
 * or subscription), given again by an import or a registration: each such record is refused, with its path, rule
 * {@code ConsistentGraph} and the network that holds it, never a storage failure. Skipping invalid records stores
 * the rest; otherwise nothing is stored. The race runs {@value Races#THREADS} threads over two runtimes on one store.
 */
public abstract class ForeignIdsContract extends TwoNodes {
    private static final NetworkId OTHER = NetworkId.of("other-net");

    private NetworkGraph testNetwork;

    @BeforeEach
    void startingPoint() {
        first.networks().register(TestData.graph());
        testNetwork = first.networks().graph(TestData.NETWORK).orElseThrow();
    }

    private static Network network(NetworkId id) {
        return TestData.network(id, LocalizedText.en("Network " + id.value()));
    }

    private static Membership membership(String id, NetworkId network, OrganizationId organization) {
        return new Membership(
                MembershipId.of(id),
                network,
                organization,
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                List.of(StatusChange.of(MembershipStatus.ACTIVE, LocalDate.of(2024, 4, 1))),
                0);
    }

    private static Newsletter newsletter(String id) {
        return new Newsletter(
                ActivityId.of(id),
                LocalizedText.en("Letter " + id),
                Optional.empty(),
                List.of(),
                Fee.free(),
                Optional.empty());
    }

    private static Subscription subscription(String id, ActivityId newsletter) {
        return new Subscription(
                SubscriptionId.of(id),
                newsletter,
                id + "@example.org",
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                new Consent(LocalDate.of(2024, 1, 1), "web form"),
                SubscriptionStatus.ACTIVE,
                LocalDate.of(2024, 1, 1));
    }

    private static Event event(EventId id) {
        Event e = TestData.summit();
        return new Event(
                id,
                e.name(),
                e.acronym(),
                e.kind(),
                e.dates(),
                e.place(),
                e.organizers(),
                e.coOrganizers(),
                e.participantCount(),
                e.countryCount(),
                e.description());
    }

    /** Every record of the test network again, in another network, beside a fresh record of each kind. */
    private static NetworkGraph clashing() {
        ActivityId freshLetter = ActivityId.of("fresh-letter");
        return NetworkGraph.builder(network(OTHER))
                .organizations(TestData.host(), TestData.member())
                .persons(Person.of(TestData.CHAIR_PERSON, "Hanako Yamada"))
                .memberships(
                        membership(TestData.activeMembership().id().value(), OTHER, TestData.HOST),
                        membership("fresh-m", OTHER, TestData.MEMBER))
                .board(TestData.board())
                .activities(TestData.seminar(), newsletter(freshLetter.value()))
                .events(TestData.summit(), event(EventId.of("fresh-event")))
                .declarations(TestData.declaration())
                .subscriptions(List.of(
                        subscription("fresh-s", freshLetter),
                        subscription(TestData.subscription().id().value(), freshLetter)))
                .build();
    }

    /** The paths, rules and messages of what the clashing network breaks, as the import reports them. */
    private static final List<String> CLASHES = List.of(
            "memberships[0].id",
            "board.seats[0].id",
            "activities[0].id",
            "events[0].id",
            "declarations[0].id",
            "subscriptions[1].id");

    private void testNetworkIsUnchanged() {
        assertThat(first.networks().graph(TestData.NETWORK)).contains(testNetwork);
    }

    @Test
    void anImportOfIdentifiersAnotherNetworkHoldsIsRefusedAsAWholeNamingEachRecord() {
        assertThatThrownBy(() -> first.networks()
                        .importNetwork(ImportOptions.defaults(), into -> GraphFeeds.feed(clashing(), into)))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::path, Violation::rule)
                            .containsExactlyInAnyOrderElementsOf(CLASHES.stream()
                                    .map(p -> tuple(p, "ConsistentGraph"))
                                    .toList());
                    assertThat(e.violations())
                            .extracting(Violation::message)
                            .contains(
                                    "membership m1 is stored in network test-network",
                                    "board seat seat1 is stored in network test-network",
                                    "activity seminar is stored in network test-network",
                                    "event summit is stored in network test-network",
                                    "declaration declaration is stored in network test-network",
                                    "subscription s1 is stored in network test-network");
                });

        assertThat(first.networks().network(OTHER)).isEmpty();
        testNetworkIsUnchanged();
    }

    @Test
    void anImportSkippingInvalidRecordsRefusesIdentifiersAnotherNetworkHoldsAndStoresTheRest() {
        List<RefusedRecord> refusals = new ArrayList<>();
        List<Violation> boardRefusal = new ArrayList<>();
        NetworkGraph graph = clashing();

        ImportSummary summary = first.networks()
                .importNetwork(ImportOptions.defaults().skippingInvalidRecords(), into -> {
                    into.network(graph.network());
                    into.organizations(graph.organizations());
                    into.persons(graph.persons());
                    refusals.addAll(into.memberships(graph.memberships()));
                    boardRefusal.addAll(into.board(graph.board()));
                    refusals.addAll(into.activities(graph.activities()));
                    refusals.addAll(into.events(graph.events()));
                    refusals.addAll(into.declarations(graph.declarations()));
                    refusals.addAll(into.subscriptions(graph.subscriptions()));
                });

        assertThat(refusals)
                .extracting(RefusedRecord::index, r -> r.violations().get(0).path())
                .containsExactly(tuple(0, "id"), tuple(0, "id"), tuple(0, "id"), tuple(0, "id"), tuple(1, "id"));
        assertThat(boardRefusal).extracting(Violation::path).containsExactly("seats[0].id");
        assertThat(summary.refused()).isEqualTo(6);
        NetworkGraph stored = first.networks().graph(OTHER).orElseThrow();
        assertThat(stored.memberships()).extracting(Membership::id).containsExactly(MembershipId.of("fresh-m"));
        assertThat(stored.board().seats()).isEmpty();
        assertThat(stored.activities()).extracting(Activity::id).containsExactly(ActivityId.of("fresh-letter"));
        assertThat(stored.events()).extracting(Event::id).containsExactly(EventId.of("fresh-event"));
        assertThat(stored.declarations()).isEmpty();
        assertThat(stored.subscriptions()).extracting(Subscription::id).containsExactly(SubscriptionId.of("fresh-s"));
        testNetworkIsUnchanged();
    }

    @Test
    void aSubscriptionToANewsletterAnotherNetworkHoldsIsRefusedNotAddedToIt() {
        NetworkGraph graph = NetworkGraph.builder(network(OTHER))
                .organizations(TestData.host())
                .activities(newsletter(TestData.NEWSLETTER.value()))
                .subscriptions(List.of(subscription("sneaked-in", TestData.NEWSLETTER)))
                .build();
        List<RefusedRecord> refusals = new ArrayList<>();

        first.networks().importNetwork(ImportOptions.defaults().skippingInvalidRecords(), into -> {
            into.network(graph.network());
            into.organizations(graph.organizations());
            refusals.addAll(into.activities(graph.activities()));
            refusals.addAll(into.subscriptions(graph.subscriptions()));
        });

        assertThat(refusals).hasSize(2);
        assertThat(refusals.get(1).violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("newsletter", "ConsistentGraph"));
        assertThat(second.networks().graph(OTHER).orElseThrow().subscriptions()).isEmpty();
        testNetworkIsUnchanged();
    }

    @Test
    void registeringANetworkWithIdentifiersAnotherNetworkHoldsNamesEachRecord() {
        assertThatThrownBy(() -> first.networks().register(clashing()))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactlyInAnyOrderElementsOf(CLASHES))
                .hasMessageContaining("activity seminar is stored in network test-network");

        assertThat(first.networks().network(OTHER)).isEmpty();
        testNetworkIsUnchanged();
    }

    @Test
    void anIdentifierUsedOnlyInTheNetworkItselfIsNoClash() {
        NetworkGraph graph = NetworkGraph.builder(network(OTHER))
                .organizations(TestData.host())
                .memberships(membership("own-m", OTHER, TestData.HOST))
                .board(Board.empty())
                .build();

        first.networks().register(graph);

        assertThat(first.networks().graph(OTHER).orElseThrow().memberships())
                .extracting(Membership::id)
                .containsExactly(MembershipId.of("own-m"));
    }

    @Test
    void sixteenImportsOverTwoRuntimesReusingOneActivityStoreItOnceAndRefuseTheOthersCleanly() throws Exception {
        ActivityId shared = ActivityId.of("racing-letter");
        List<Races.Outcome<ImportSummary>> outcomes = race(first, second, (node, i) -> {
            NetworkId id = NetworkId.of("racing-" + i);
            NetworkGraph graph = NetworkGraph.builder(network(id))
                    .organizations(TestData.host())
                    .memberships(membership("racing-m-" + i, id, TestData.HOST))
                    .activities(newsletter(shared.value()))
                    .subscriptions(List.of(subscription("racing-s-" + i, shared)))
                    .build();
            return node.networks().importNetwork(ImportOptions.defaults(), into -> GraphFeeds.feed(graph, into));
        });

        assertThat(successes(outcomes)).hasSize(1);
        for (Races.Outcome<ImportSummary> outcome : outcomes) {
            outcome.error().ifPresent(e -> assertThat(e)
                    .isNotInstanceOf(NetworkStorageException.class)
                    .isInstanceOfSatisfying(NetworkValidationException.class, v -> assertThat(v.violations())
                            .extracting(Violation::path, Violation::rule)
                            .contains(tuple("activities[0].id", "ConsistentGraph"))));
        }
        List<NetworkId> stored = second.networks().ids().stream()
                .filter(id -> id.value().startsWith("racing-"))
                .toList();
        assertThat(stored).hasSize(1);
        NetworkGraph winner = second.networks().graph(stored.get(0)).orElseThrow();
        assertThat(winner.activities()).extracting(Activity::id).containsExactly(shared);
        assertThat(winner.subscriptions()).hasSize(1);
    }

    /** Feeds a graph into an import as a reader of a document would, section by section. */
    private static final class GraphFeeds {
        private GraphFeeds() {}

        static void feed(NetworkGraph graph, NetworkImport into) {
            into.network(graph.network());
            into.organizations(graph.organizations());
            into.persons(graph.persons());
            into.memberships(graph.memberships());
            into.board(graph.board());
            graph.secretariat().ifPresent(into::secretariat);
            into.partners(graph.partners());
            into.activities(graph.activities());
            into.events(graph.events());
            into.declarations(graph.declarations());
            into.subscriptions(graph.subscriptions());
        }
    }
}
