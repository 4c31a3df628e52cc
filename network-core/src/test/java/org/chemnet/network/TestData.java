package org.chemnet.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.activity.Seminar;
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
import org.chemnet.network.graph.Scope;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Approver;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipPolicy;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Identifier;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.organization.StakeholderCommunity;

/** A small, valid network for the core's tests. The seed networks themselves live in the examples module. */
public final class TestData {
    public static final NetworkId NETWORK = NetworkId.of("test-network");
    public static final OrganizationId HOST = OrganizationId.of("host");
    public static final OrganizationId MEMBER = OrganizationId.of("member");
    public static final PersonId CHAIR_PERSON = PersonId.of("chair-person");
    public static final ActivityId NEWSLETTER = ActivityId.of("newsletter");
    public static final EventId SUMMIT = EventId.of("summit");
    public static final LocalDate DAY = LocalDate.of(2020, 3, 9);

    private TestData() {}

    public static MembershipPolicy policy() {
        return new MembershipPolicy(
                true,
                Set.of(OrganizationType.ENTERPRISE, OrganizationType.NGO, OrganizationType.NPO),
                Optional.of(Fee.free()),
                Optional.of(LocalizedText.en("I agree to the purpose of the network")),
                Approver.SECRETARIAT);
    }

    public static Network network() {
        return new Network(
                NETWORK,
                LocalizedText.jaEn("試験ネットワーク", "Test Network"),
                Optional.of("TN"),
                Scope.NATIONAL,
                Optional.of("JP"),
                LocalizedText.en("To test"),
                Optional.of(java.time.Year.of(2007)),
                List.of("East Asia"),
                List.of(LocalizedText.en("Science-based")),
                policy(),
                Optional.of("https://example.org"));
    }

    /** The test network under another identifier and name, with everything else the same. */
    public static Network network(NetworkId id, LocalizedText name) {
        Network n = network();
        return new Network(
                id,
                name,
                n.acronym(),
                n.scope(),
                n.country(),
                n.purpose(),
                n.founded(),
                n.focusRegions(),
                n.principles(),
                n.policy(),
                n.website());
    }

    public static Organization host() {
        return Organization.builder(HOST, LocalizedText.en("Host Centre"), OrganizationType.NPO)
                .country("JP")
                .website("https://host.example.org")
                .community(StakeholderCommunity.CIVIL_SOCIETY)
                .build();
    }

    public static Organization member() {
        return Organization.builder(
                        MEMBER, LocalizedText.jaEn("会員株式会社", "Member Co., Ltd."), OrganizationType.ENTERPRISE)
                .country("JP")
                .size(EnterpriseSize.SME)
                .identifier(Identifier.of(Identifier.JP_CORPORATE_NUMBER, "7000012050002"))
                .build();
    }

    public static Membership activeMembership() {
        return new Membership(
                MembershipId.of("m1"),
                NETWORK,
                MEMBER,
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                List.of(
                        StatusChange.of(MembershipStatus.APPLIED, LocalDate.of(2019, 1, 10)),
                        StatusChange.of(MembershipStatus.APPROVED, LocalDate.of(2019, 1, 20)),
                        StatusChange.of(MembershipStatus.ACTIVE, LocalDate.of(2019, 2, 1))),
                0);
    }

    public static Event summit() {
        return new Event(
                SUMMIT,
                LocalizedText.en("Test Summit"),
                Optional.of("TS2016"),
                EventKind.SUMMIT,
                Period.of(LocalDate.of(2016, 4, 18), LocalDate.of(2016, 4, 20)),
                new Place("Kielce", "PL", Optional.of("Targi Kielce")),
                List.of(HOST),
                List.of(MEMBER),
                Optional.of(400),
                Optional.of(47),
                Optional.empty());
    }

    public static Declaration declaration() {
        return new Declaration(
                DeclarationId.of("declaration"),
                LocalizedText.en("Test Declaration"),
                SUMMIT,
                LocalDate.of(2016, 4, 20),
                Optional.empty(),
                List.of(LocalizedText.en("Cooperate")),
                List.of(),
                List.of(LocalizedText.en("Multi-stakeholder")),
                List.of(Endorsement.of(HOST, LocalDate.of(2016, 4, 20))));
    }

    public static Seminar seminar() {
        return new Seminar(
                ActivityId.of("seminar"),
                LocalizedText.en("Free seminar"),
                Optional.empty(),
                Period.on(LocalDate.of(2020, 2, 1)),
                "Tokyo",
                100,
                80,
                Fee.free(),
                Optional.empty());
    }

    public static Newsletter newsletter() {
        return new Newsletter(
                NEWSLETTER,
                LocalizedText.en("Mail magazine"),
                Optional.empty(),
                List.of("Europe", "China"),
                Fee.free(),
                Optional.empty());
    }

    public static Subscription subscription() {
        return new Subscription(
                SubscriptionId.of("s1"),
                NEWSLETTER,
                "reader@example.org",
                Optional.empty(),
                Optional.of(MEMBER),
                Set.of("Europe"),
                new Consent(LocalDate.of(2020, 1, 1), "web form"),
                SubscriptionStatus.ACTIVE,
                LocalDate.of(2020, 1, 1));
    }

    /**
     * Many active subscribers of the newsletter, with no person or organization: {@code sub-00000} at
     * {@code reader00000@example.org}, and so on.
     *
     * @param count how many
     * @return the subscriptions, in order
     */
    public static List<Subscription> subscribers(int count) {
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            subscriptions.add(new Subscription(
                    SubscriptionId.of(String.format(Locale.ROOT, "sub-%05d", i)),
                    NEWSLETTER,
                    String.format(Locale.ROOT, "reader%05d@example.org", i),
                    Optional.empty(),
                    Optional.empty(),
                    Set.of(),
                    new Consent(LocalDate.of(2020, 1, 1), "web form"),
                    SubscriptionStatus.ACTIVE,
                    LocalDate.of(2020, 1, 1)));
        }
        return subscriptions;
    }

    /**
     * Issue 106 of the newsletter, {@code issue-106}, to every subscriber whatever their topics, in Japanese and
     * English.
     *
     * @return the issue
     */
    public static NewsletterIssue newsletterIssue() {
        return new NewsletterIssue(
                MessageId.of("issue-106"),
                NEWSLETTER,
                106,
                LocalDate.of(2020, 6, 30),
                Set.of(),
                LocalizedText.jaEn("メールマガジン 第106号", "Newsletter No. 106"),
                LocalizedText.jaEn("欧州の動向", "News from Europe"));
    }

    public static Board board() {
        return new Board(
                LocalizedText.en("Management Board"),
                List.of(new BoardSeat(
                        BoardSeatId.of("seat1"),
                        MEMBER,
                        Optional.of(CHAIR_PERSON),
                        Period.from(LocalDate.of(2019, 4, 1)),
                        true)));
    }

    public static NetworkGraph graph() {
        return NetworkGraph.builder(network())
                .organizations(host(), member())
                .persons(Person.of(CHAIR_PERSON, "Hanako Yamada"))
                .memberships(activeMembership())
                .board(board())
                .secretariat(new Secretariat(
                        LocalizedText.en("Secretariat"),
                        HOST,
                        List.of(LocalizedText.en("Registers participants")),
                        Optional.of(Period.from(LocalDate.of(2007, 1, 1)))))
                .activities(seminar(), newsletter())
                .events(summit())
                .declarations(declaration())
                .subscriptions(List.of(subscription()))
                .build();
    }
}
