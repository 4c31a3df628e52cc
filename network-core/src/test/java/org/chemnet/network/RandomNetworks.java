package org.chemnet.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.BestPracticeExchange;
import org.chemnet.network.activity.CapacityBuilding;
import org.chemnet.network.activity.CaseStudyDissemination;
import org.chemnet.network.activity.ColumnPosting;
import org.chemnet.network.activity.Dialogue;
import org.chemnet.network.activity.InformationCollection;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.activity.PolicyEngagement;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.activity.Tool;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventKind;
import org.chemnet.network.event.Place;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.graph.NetworkGraphBuilder;
import org.chemnet.network.graph.Scope;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Approver;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipPolicy;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.CheckDigits;
import org.chemnet.network.organization.ContactDetail;
import org.chemnet.network.organization.ContactType;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Identifier;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.organization.StakeholderCommunity;
import org.chemnet.network.organization.SupplyChainPosition;

/**
 * Valid networks of any size, made up from a seed: the same seed and size give equal networks. Every kind of record
 * and every optional part appears, with text in Japanese and English, for round trips and volume tests.
 */
public final class RandomNetworks {
    private static final String[] COUNTRIES = {"JP", "DE", "SE", "PL", "CN", "KR", "TW", "VN", "TH", "US"};
    private static final String[] WORDS = {"化学", "Chemical", "材料", "Safety", "環境", "Green", "Supply", "Polymer"};

    private RandomNetworks() {}

    /**
     * The identifier of the network {@link #graph} makes from a seed.
     *
     * @param seed the seed
     * @return the identifier
     */
    public static NetworkId networkId(long seed) {
        return NetworkId.of("random-" + seed);
    }

    /**
     * A valid network.
     *
     * @param seed the seed
     * @param organizations how many organizations, each with one membership
     * @return the network
     */
    public static NetworkGraph graph(long seed, int organizations) {
        Random r = new Random(seed);
        NetworkId id = networkId(seed);
        List<Organization> orgs = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < organizations; i++) {
            Organization o = organization(r, i);
            orgs.add(o);
            Optional<PersonId> contact = Optional.empty();
            if (r.nextInt(4) == 0) {
                Person p = new Person(
                        PersonId.of("p" + i),
                        "Person " + i + " " + WORDS[r.nextInt(WORDS.length)],
                        r.nextBoolean() ? Optional.of("Director") : Optional.empty(),
                        Optional.of("person" + i + "@example.org"),
                        Optional.of(r.nextBoolean() ? "ja" : "en"));
                persons.add(p);
                contact = Optional.of(p.id());
            }
            memberships.add(membership(r, id, o.id(), contact, i));
        }
        Activity newsletter = new Newsletter(
                ActivityId.of("newsletter"),
                text(r),
                Optional.of(text(r)),
                List.of("Europe", "Asia"),
                Fee.free(),
                Optional.empty());
        List<Activity> activities = new ArrayList<>(List.of(
                new InformationCollection(
                        ActivityId.of("info"),
                        text(r),
                        Optional.empty(),
                        List.of("Europe"),
                        List.of("REACH"),
                        EnumSet.of(SupplyChainPosition.UPSTREAM),
                        Optional.empty()),
                new Dialogue(
                        ActivityId.of("dialogue"),
                        text(r),
                        Optional.empty(),
                        List.of("ministries"),
                        List.of("East Asia"),
                        Optional.empty()),
                new CaseStudyDissemination(
                        ActivityId.of("cases"), text(r), Optional.empty(), List.of("abroad"), Optional.empty()),
                newsletter,
                new ColumnPosting(
                        ActivityId.of("columns"), text(r), Optional.empty(), List.of("RoHS"), Optional.empty()),
                new Seminar(
                        ActivityId.of("seminar"),
                        text(r),
                        Optional.empty(),
                        Period.on(LocalDate.of(2020, 2, 1)),
                        "Tokyo",
                        100,
                        r.nextInt(100),
                        Fee.of("1500", "JPY"),
                        Optional.empty()),
                new CapacityBuilding(
                        ActivityId.of("capacity"),
                        text(r),
                        Optional.empty(),
                        List.of("SMEs"),
                        List.of(),
                        Optional.empty()),
                new BestPracticeExchange(
                        ActivityId.of("practices"), text(r), Optional.empty(), List.of("codes"), Optional.empty()),
                new PolicyEngagement(
                        ActivityId.of("policy"), text(r), Optional.empty(), List.of("committees"), Optional.empty()),
                new Tool(
                        ActivityId.of("tool"),
                        text(r),
                        Optional.empty(),
                        Optional.of("https://tool.example.org"),
                        Optional.of(Year.of(2008)),
                        Optional.empty())));
        if (!orgs.isEmpty()) {
            activities.add(new WorkingGroup(
                    ActivityId.of("group"),
                    text(r),
                    Optional.empty(),
                    List.of(orgs.get(0).id()),
                    Optional.of(Year.of(2004)),
                    Optional.empty()));
        }
        NetworkGraphBuilder b = NetworkGraph.builder(network(r, id))
                .organizations(orgs)
                .persons(persons.toArray(new Person[0]))
                .memberships(memberships)
                .activities(activities.toArray(new Activity[0]));
        if (!orgs.isEmpty()) {
            OrganizationId first = orgs.get(0).id();
            OrganizationId last = orgs.get(orgs.size() - 1).id();
            b.board(new Board(
                    LocalizedText.jaEn("運営委員会", "Management Board"),
                    List.of(
                            new BoardSeat(
                                    BoardSeatId.of("seat-1"),
                                    first,
                                    Optional.empty(),
                                    Period.of(LocalDate.of(2019, 4, 1), LocalDate.of(2021, 3, 31)),
                                    true),
                            new BoardSeat(
                                    BoardSeatId.of("seat-2"),
                                    last,
                                    Optional.empty(),
                                    Period.from(LocalDate.of(2021, 4, 1)),
                                    true))));
            b.secretariat(new Secretariat(
                    text(r), first, List.of(text(r)), Optional.of(Period.from(LocalDate.of(2007, 4, 1)))));
            b.partners(new Partner(last, Optional.of(text(r)), Optional.empty()));
            Event event = new Event(
                    EventId.of("summit"),
                    text(r),
                    Optional.of("SUMMIT"),
                    EventKind.SUMMIT,
                    Period.of(LocalDate.of(2016, 4, 18), LocalDate.of(2016, 4, 20)),
                    new Place("Kielce", "PL", Optional.of("Targi Kielce")),
                    List.of(first),
                    List.of(last),
                    Optional.of(400),
                    Optional.of(47),
                    Optional.of(text(r)));
            b.events(event);
            b.declarations(new Declaration(
                    DeclarationId.of("declaration"),
                    text(r),
                    event.id(),
                    LocalDate.of(2016, 4, 20),
                    Optional.of(text(r)),
                    List.of(text(r)),
                    List.of(text(r)),
                    List.of(text(r)),
                    List.of(
                            Endorsement.of(first, LocalDate.of(2016, 4, 20)),
                            new Endorsement(last, LocalDate.of(2016, 4, 20), Optional.of(LocalDate.of(2018, 1, 1))))));
            List<Subscription> subscriptions = new ArrayList<>();
            for (int i = 0; i < Math.min(organizations, 50); i++) {
                subscriptions.add(new Subscription(
                        SubscriptionId.of("s" + i),
                        newsletter.id(),
                        "reader" + i + "@example.org",
                        Optional.empty(),
                        Optional.of(orgs.get(i).id()),
                        new TreeSet<>(r.nextBoolean() ? Set.of("Europe") : Set.of()),
                        new Consent(LocalDate.of(2019, 1, 1).plusDays(i), "web form"),
                        r.nextInt(10) == 0 ? SubscriptionStatus.UNSUBSCRIBED : SubscriptionStatus.ACTIVE,
                        LocalDate.of(2020, 1, 1)));
            }
            b.subscriptions(subscriptions);
        }
        return b.build();
    }

    private static Network network(Random r, NetworkId id) {
        return new Network(
                id,
                LocalizedText.jaEn("無作為ネットワーク " + r.nextInt(1000), "Random Network"),
                Optional.of("RN"),
                Scope.REGIONAL,
                Optional.empty(),
                text(r),
                Optional.of(Year.of(2007)),
                List.of("East Asia", "Europe"),
                List.of(text(r), text(r)),
                new MembershipPolicy(
                        true,
                        EnumSet.of(OrganizationType.ENTERPRISE, OrganizationType.NGO),
                        Optional.of(new Fee(new BigDecimal("12000.50"), java.util.Currency.getInstance("JPY"))),
                        Optional.of(text(r)),
                        Approver.SECRETARIAT),
                Optional.of("https://random.example.org"));
    }

    private static Organization organization(Random r, int i) {
        OrganizationType type = pick(r, OrganizationType.class);
        var b = Organization.builder(
                        OrganizationId.of(String.format("org-%07d", i)),
                        new LocalizedText(Map.of(
                                "ja", WORDS[r.nextInt(WORDS.length)] + "株式会社" + i,
                                "en", WORDS[r.nextInt(WORDS.length)] + " Co. " + i)),
                        type)
                .country(COUNTRIES[r.nextInt(COUNTRIES.length)])
                .community(pick(r, StakeholderCommunity.class));
        if (r.nextBoolean()) {
            b.website("https://org" + i + ".example.org").acronym("O" + i);
        }
        if (type == OrganizationType.ENTERPRISE) {
            String base = String.format("%012d", r.nextLong(1_000_000_000_000L));
            b.size(r.nextBoolean() ? EnterpriseSize.SME : EnterpriseSize.LARGE)
                    .supplyChainPositions(SupplyChainPosition.MIDSTREAM)
                    .sectors("chemicals")
                    .identifier(Identifier.of(
                            Identifier.JP_CORPORATE_NUMBER, CheckDigits.corporateNumberCheckDigit(base) + base));
        }
        if (r.nextInt(5) == 0) {
            b.contactDetail(new ContactDetail(ContactType.EMAIL, "info" + i + "@example.org", Optional.of("office")))
                    .otherNames("Former name " + i);
        }
        if (i % 7 == 3) {
            b.formerName(LocalizedText.en("Earlier Name " + i), LocalDate.of(2005, 3, 31));
        }
        return b.build();
    }

    private static Membership membership(
            Random r, NetworkId network, OrganizationId organization, Optional<PersonId> contact, int i) {
        LocalDate applied = LocalDate.of(2008, 1, 1).plusDays(r.nextInt(4000));
        List<StatusChange> history = new ArrayList<>(List.of(
                StatusChange.of(MembershipStatus.APPLIED, applied),
                StatusChange.of(MembershipStatus.APPROVED, applied.plusDays(3)),
                StatusChange.of(MembershipStatus.ACTIVE, applied.plusDays(3))));
        if (r.nextInt(10) == 0) {
            history.add(
                    new StatusChange(MembershipStatus.SUSPENDED, applied.plusDays(100), Optional.of("fees unpaid")));
            history.add(StatusChange.of(MembershipStatus.ACTIVE, applied.plusDays(200)));
        }
        if (r.nextInt(10) == 0) {
            history.add(StatusChange.of(MembershipStatus.WITHDRAWN, applied.plusDays(400)));
        }
        return new Membership(
                MembershipId.of(String.format("m-%07d", i)),
                network,
                organization,
                MembershipRole.PARTICIPANT,
                contact,
                history,
                0);
    }

    private static <E extends Enum<E>> E pick(Random r, Class<E> type) {
        List<E> constants = List.copyOf(EnumSet.allOf(type));
        return constants.get(r.nextInt(constants.size()));
    }

    private static LocalizedText text(Random r) {
        return LocalizedText.jaEn(WORDS[r.nextInt(WORDS.length)] + "の説明", "About " + WORDS[r.nextInt(WORDS.length)]);
    }
}
