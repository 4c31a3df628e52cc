package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.directory.Directory;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.graph.NetworkGraphBuilder;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.Page;
import org.chemnet.network.kernel.PageRequest;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads, pages and search through {@link NetworkRuntime#directory()}, as a host calls them: single records, pages of
 * a thousand through {@value #MANY} organizations, memberships, subscriptions and deliveries of a registered network,
 * each once and in order, search in any language, and the refusals. A second runtime over the same store writes
 * between two pages, as another node would.
 */
public abstract class DirectoryContract {
    private static final int MANY = 2_500;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final NetworkId UNKNOWN = NetworkId.of("unknown-network");

    private NetworkValidator validator;
    private NetworkRuntime runtime;
    private NetworkRuntime second;
    private Directory directory;
    private NetworkGraph graph;

    /**
     * A fresh, empty store.
     *
     * @return the store
     */
    protected abstract NetworkStore createStore();

    /**
     * A second store over the same data as a store: another node.
     *
     * @param store the first store
     * @return the second store
     */
    protected abstract NetworkStore secondNode(NetworkStore store);

    @BeforeEach
    void start() {
        validator = NetworkValidator.create();
        NetworkStore store = createStore();
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        runtime = NetworkRuntime.builder()
                .validator(validator)
                .store(store)
                .clock(clock)
                .build();
        second = NetworkRuntime.builder()
                .validator(validator)
                .store(secondNode(store))
                .clock(clock)
                .build();
        directory = runtime.directory();
        graph = largeGraph();
        runtime.networks().register(graph);
    }

    @AfterEach
    void stop() {
        runtime.close();
        second.close();
        validator.close();
    }

    /** The status the ith membership of the large graph ends in: five kinds in turn. */
    private static Membership membership(int i, OrganizationId organization) {
        Membership m = Membership.application(
                MembershipId.of(String.format(Locale.ROOT, "dm-%04d", i)),
                TestData.NETWORK,
                organization,
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                LocalDate.of(2024, 1, 10));
        LocalDate d = LocalDate.of(2024, 2, 1);
        return switch (i % 5) {
            case 0 -> m;
            case 1 ->
                m.moveTo(StatusChange.of(MembershipStatus.APPROVED, d))
                        .moveTo(StatusChange.of(MembershipStatus.ACTIVE, d));
            case 2 ->
                m.moveTo(StatusChange.of(MembershipStatus.APPROVED, d))
                        .moveTo(StatusChange.of(MembershipStatus.ACTIVE, d))
                        .moveTo(StatusChange.of(MembershipStatus.SUSPENDED, d.plusDays(30)));
            case 3 -> m.moveTo(StatusChange.of(MembershipStatus.WITHDRAWN, d));
            default -> m.moveTo(StatusChange.of(MembershipStatus.REJECTED, d));
        };
    }

    /**
     * The test graph with a partner, {@value #MANY} more organizations ({@code do-0000} ...) each with a membership
     * ({@code dm-0000} ...), {@value #MANY} persons and {@value #MANY} subscribers of its newsletter.
     */
    private static NetworkGraph largeGraph() {
        List<Organization> organizations = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            Organization o = Organization.builder(
                            OrganizationId.of(String.format(Locale.ROOT, "do-%04d", i)),
                            LocalizedText.jaEn("第" + i + "化学工業", "Directory Chemicals " + i),
                            i % 2 == 0 ? OrganizationType.ENTERPRISE : OrganizationType.NGO)
                    .country("JP")
                    .build();
            organizations.add(o);
            memberships.add(membership(i, o.id()));
            persons.add(Person.of(PersonId.of(String.format(Locale.ROOT, "dp-%04d", i)), "Person " + i));
        }
        NetworkGraphBuilder builder = TestData.graph().toBuilder()
                .organizations(organizations)
                .memberships(memberships)
                .partners(new Partner(
                        TestData.HOST, Optional.of(LocalizedText.en("memorandum of understanding")), Optional.empty()))
                .subscriptions(TestData.subscribers(MANY));
        builder.persons(persons.toArray(new Person[0]));
        return builder.build();
    }

    /** Reads every page of a list, a page of a thousand at a time, following the cursors until the last page. */
    private static <T> List<List<T>> pages(Function<PageRequest, Page<T>> list) {
        return pages(PageRequest.first(1_000), list);
    }

    /** Reads every page of a list from a request on, following the cursors until the last page. */
    private static <T> List<List<T>> pages(PageRequest start, Function<PageRequest, Page<T>> list) {
        List<List<T>> pages = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(start);
        while (request.isPresent()) {
            Page<T> page = list.apply(request.get());
            pages.add(page.items());
            request = page.next().map(request.get()::after);
        }
        return pages;
    }

    private static <T> List<T> flat(List<List<T>> pages) {
        return pages.stream().flatMap(List::stream).toList();
    }

    private static <T, K extends Comparable<K>> List<T> sorted(List<T> items, Function<T, K> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    // ---------------------------------------------------------------- single records and small lists

    @Test
    void readsSingleRecordsAndNothingForIdentifiersNotStored() {
        Optional<Organization> member = directory.organization(TestData.MEMBER);
        Optional<Organization> absent = directory.organization(OrganizationId.of("absent"));
        Optional<Person> chair = directory.person(TestData.CHAIR_PERSON);
        Optional<Person> nobody = directory.person(PersonId.of("nobody"));
        Optional<Membership> m1 =
                directory.membership(TestData.activeMembership().id());
        Optional<Membership> none = directory.membership(MembershipId.of("none"));

        assertThat(member).contains(TestData.member());
        assertThat(absent).isEmpty();
        assertThat(chair).contains(Person.of(TestData.CHAIR_PERSON, "Hanako Yamada"));
        assertThat(nobody).isEmpty();
        assertThat(m1).contains(TestData.activeMembership().withVersion(1));
        assertThat(none).isEmpty();
    }

    @Test
    void readsTheSmallListsOfANetworkAsTheGraphHoldsThem() {
        List<Activity> activities = directory.activities(TestData.NETWORK);
        List<Partner> partners = directory.partners(TestData.NETWORK);
        List<Event> events = runtime.events().events(TestData.NETWORK);
        List<Declaration> declarations = runtime.declarations().declarations(TestData.NETWORK);
        Optional<Secretariat> secretariat = directory.secretariat(TestData.NETWORK);
        Board board = directory.board(TestData.NETWORK);

        assertThat(activities).containsExactlyElementsOf(graph.activities());
        assertThat(partners).containsExactlyElementsOf(graph.partners());
        assertThat(events).containsExactly(TestData.summit());
        assertThat(declarations).containsExactly(TestData.declaration());
        assertThat(secretariat).isEqualTo(graph.secretariat());
        assertThat(board).isEqualTo(TestData.board());
    }

    @Test
    void aNetworkNewsletterOrMessageNotStoredHasEmptyPagesAndListsNoSecretariatAndAnEmptyBoard() {
        PageRequest first = PageRequest.first(10);
        Page<Membership> memberships = directory.memberships(UNKNOWN, Optional.empty(), first);
        Page<Subscription> subscriptions =
                directory.subscriptions(org.chemnet.network.activity.ActivityId.of("unknown-newsletter"), first);
        Page<Delivery> deliveries = directory.deliveries(MessageId.of("unknown-message"), first);

        assertThat(memberships).isEqualTo(Page.empty());
        assertThat(subscriptions).isEqualTo(Page.empty());
        assertThat(deliveries).isEqualTo(Page.empty());
        assertThat(directory.activities(UNKNOWN)).isEmpty();
        assertThat(directory.partners(UNKNOWN)).isEmpty();
        assertThat(runtime.events().events(UNKNOWN)).isEmpty();
        assertThat(runtime.declarations().declarations(UNKNOWN)).isEmpty();
        assertThat(directory.secretariat(UNKNOWN)).isEmpty();
        assertThat(directory.board(UNKNOWN).seats()).isEmpty();
        assertThat(directory.board(UNKNOWN).name()).isEqualTo(Board.empty().name());
    }

    // ---------------------------------------------------------------- pages

    @Test
    void pagesOfAThousandGiveEveryOrganizationOnceInOrderAndTheLastPageHasNoCursor() {
        List<List<Organization>> pages = pages(directory::organizations);

        assertThat(pages).extracting(List::size).containsExactly(1_000, 1_000, MANY + 2 - 2_000);
        assertThat(flat(pages)).isEqualTo(sorted(graph.organizations(), Organization::id));
    }

    @Test
    void aListThatFillsItsLastPageExactlyEndsThereWithoutAnEmptyPage() {
        // 2,500 persons and the chair: after the first 501, two full pages and no more.
        Page<Person> first = directory.persons(PageRequest.first(501));

        List<List<Person>> rest =
                pages(PageRequest.first(1_000).after(first.next().orElseThrow()), directory::persons);

        assertThat(rest).extracting(List::size).containsExactly(1_000, 1_000);
        assertThat(flat(rest)).doesNotContainAnyElementsOf(first.items());
    }

    @Test
    void pagesOfAThousandGiveEveryPersonOnceInOrder() {
        List<List<Person>> pages = pages(directory::persons);

        assertThat(pages).extracting(List::size).containsExactly(1_000, 1_000, MANY + 1 - 2_000);
        assertThat(flat(pages)).isEqualTo(sorted(graph.persons(), Person::id));
    }

    @Test
    void pagesOfMembershipsGiveThoseOfTheNetworkAndOfOneCurrentStatusOnceInOrder() {
        List<Membership> all =
                sorted(graph.memberships().stream().map(m -> m.withVersion(1)).toList(), Membership::id);

        assertThat(flat(pages(r -> directory.memberships(TestData.NETWORK, Optional.empty(), r))))
                .isEqualTo(all);
        for (MembershipStatus status : MembershipStatus.values()) {
            List<Membership> found = flat(pages(r -> directory.memberships(TestData.NETWORK, Optional.of(status), r)));
            assertThat(found)
                    .as("memberships %s", status)
                    .isEqualTo(all.stream().filter(m -> m.status() == status).toList());
        }
        Page<Membership> active =
                directory.memberships(TestData.NETWORK, Optional.of(MembershipStatus.ACTIVE), PageRequest.first(10));
        assertThat(active.items()).hasSize(10).allMatch(m -> m.status() == MembershipStatus.ACTIVE);
    }

    @Test
    void pagesOfSubscriptionsAndDeliveriesGiveEachOnceInOrder() {
        MessageId issued = MessageId.of("issue-1");
        int recorded = runtime.newsletters()
                .issue(new NewsletterIssue(
                        issued,
                        TestData.NEWSLETTER,
                        1,
                        TODAY,
                        Set.of(),
                        LocalizedText.en("No. 1"),
                        LocalizedText.en("News.")));

        List<Subscription> subscriptions = flat(pages(r -> directory.subscriptions(TestData.NEWSLETTER, r)));
        List<Delivery> deliveries = flat(pages(r -> directory.deliveries(issued, r)));

        assertThat(subscriptions).isEqualTo(sorted(graph.subscriptions(), Subscription::id));
        assertThat(recorded).isGreaterThanOrEqualTo(MANY);
        assertThat(deliveries)
                .hasSize(recorded)
                .doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.comparing(Delivery::id))
                .allMatch(d -> d.message().equals(issued));
    }

    @Test
    void anOrganizationAnotherNodeStoresBetweenTwoPagesShowsOnALaterPageIfItComesAfterTheCursor() {
        Page<Organization> first = directory.organizations(PageRequest.first(1_000));
        NetworkGraph other = NetworkGraph.builder(otherNetwork())
                .organizations(
                        organization("aaa-before-every-page", "Early"), organization("zzz-after-every-page", "Late"))
                .build();
        second.networks().register(other);

        List<Organization> rest =
                flat(pages(PageRequest.first(1_000).after(first.next().orElseThrow()), directory::organizations));

        assertThat(rest)
                .extracting(o -> o.id().value())
                .contains("zzz-after-every-page")
                .doesNotContain("aaa-before-every-page");
        assertThat(first.items()).extracting(o -> o.id().value()).doesNotContain("aaa-before-every-page");
        List<OrganizationId> ids = flat(pages(directory::organizations)).stream()
                .map(Organization::id)
                .toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(MANY + 4);
    }

    private static Network otherNetwork() {
        Network n = TestData.network();
        return new Network(
                NetworkId.of("other-network"),
                LocalizedText.en("Other Network"),
                Optional.empty(),
                n.scope(),
                n.country(),
                n.purpose(),
                n.founded(),
                n.focusRegions(),
                n.principles(),
                n.policy(),
                n.website());
    }

    private static Organization organization(String id, String name) {
        return Organization.builder(OrganizationId.of(id), LocalizedText.en(name), OrganizationType.NGO)
                .country("JP")
                .build();
    }

    // ---------------------------------------------------------------- search

    private List<String> search(String text) {
        return flat(pages(r -> directory.search(text, r))).stream()
                .map(o -> o.id().value())
                .toList();
    }

    @Test
    void searchFindsByAnyLanguageOfTheNameIgnoringCaseWidthAndAccentsAndPagesThroughEveryMatch() {
        assertThat(search("会員")).containsExactly(TestData.MEMBER.value());
        assertThat(search("ＭＥＭＢＥＲ　ｃｏ")).containsExactly(TestData.MEMBER.value());
        assertThat(search("HÔST CENTRE")).containsExactly(TestData.HOST.value());
        assertThat(search("化学工業")).hasSize(MANY).isSorted();
        assertThat(search("directory chemicals 124"))
                .containsExactly(
                        "do-0124", "do-1240", "do-1241", "do-1242", "do-1243", "do-1244", "do-1245", "do-1246",
                        "do-1247", "do-1248", "do-1249");
        assertThat(search("nothing of the kind")).isEmpty();
    }

    @Test
    void aSearchPageThatIsNotTheLastHasACursorAndTheLastHasNone() {
        Page<Organization> first = directory.search("第1", PageRequest.first(5));
        Page<Organization> next = directory.search(
                "第1", first.next().map(PageRequest.first(5)::after).orElseThrow());
        Page<Organization> only = directory.search("会員", PageRequest.first(5));

        assertThat(first.items())
                .extracting(o -> o.id().value())
                .containsExactly("do-0001", "do-0010", "do-0011", "do-0012", "do-0013");
        assertThat(next.items()).extracting(o -> o.id().value()).startsWith("do-0014");
        assertThat(only.items()).hasSize(1);
        assertThat(only.next()).isEmpty();
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void refusesPagesOfNoneOrOfMoreThanAThousand() {
        assertThatThrownBy(() -> PageRequest.first(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
        assertThatThrownBy(() -> PageRequest.first(1_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
        assertThatThrownBy(() -> new PageRequest(Optional.empty(), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
    }

    @Test
    void refusesABlankOrOverlongSearchNamingTheText() {
        PageRequest first = PageRequest.first(10);

        assertThatThrownBy(() -> directory.search("", first))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("text");
        assertThatThrownBy(() -> directory.search(" \t\u3000", first))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("text");
        assertThatThrownBy(() -> directory.search("\u0301", first))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("text");
        assertThatThrownBy(() -> directory.search("a".repeat(Directory.MAX_SEARCH_LENGTH + 1), first))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("text")
                .hasMessageContaining("201");
        assertThatThrownBy(() -> directory.search(null, first))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        Page<Organization> longest = directory.search("化".repeat(Directory.MAX_SEARCH_LENGTH), first);
        assertThat(longest.items()).isEmpty();
    }

    @Test
    void refusesACursorThatNoPageOfTheListGaveNamingIt() {
        String personCursor = directory.persons(PageRequest.first(1)).next().orElseThrow();
        String organizationCursor =
                directory.organizations(PageRequest.first(1)).next().orElseThrow();

        assertThatThrownBy(() -> directory.organizations(PageRequest.first(10).after("not a cursor!")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("after");
        assertThatThrownBy(() -> directory.organizations(PageRequest.first(10).after(personCursor)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("after");
        assertThatThrownBy(() -> directory.memberships(
                        TestData.NETWORK,
                        Optional.empty(),
                        PageRequest.first(10).after(organizationCursor)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("after");
        Page<Organization> searched =
                directory.search("化学", PageRequest.first(10).after(organizationCursor));
        assertThat(searched.items()).hasSize(10);
    }
}
