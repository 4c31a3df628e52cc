package org.chemnet.network.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.chemnet.network.TestData;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Identifier;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkValidatorTest {
    private static NetworkValidator validator;

    @BeforeAll
    static void start() {
        validator = NetworkValidator.create();
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    @Test
    void acceptsAValidNetwork() {
        assertThat(validator.validate(TestData.graph())).isEmpty();
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule(
                        "country code",
                        g -> withMember(
                                g, TestData.member().toBuilder().country("jp").build()),
                        "organizations[1].country",
                        "CountryCode",
                        "must be an ISO 3166-1 alpha-2 country code in upper case, such as JP",
                        "ISO 3166-1 alpha-2 の大文字の国コード（例: JP）でなければなりません"),
                rule(
                        "unknown country code",
                        g -> withMember(
                                g, TestData.member().toBuilder().country("XX").build()),
                        "organizations[1].country",
                        "CountryCode",
                        "must be an ISO 3166-1 alpha-2 country code in upper case, such as JP",
                        "ISO 3166-1 alpha-2 の大文字の国コード（例: JP）でなければなりません"),
                rule(
                        "website scheme",
                        g -> g.toBuilder()
                                .network(withWebsite(g.network(), "ftp://example.org"))
                                .build(),
                        "network.website",
                        "WebAddress",
                        "must be an absolute http or https URL with a host, such as https://www.example.org",
                        "ホストを含む http または https の絶対URL（例: https://www.example.org）でなければなりません"),
                rule(
                        "website without host",
                        g -> g.toBuilder()
                                .network(withWebsite(g.network(), "https:/no-host"))
                                .build(),
                        "network.website",
                        "WebAddress",
                        "must be an absolute http or https URL with a host, such as https://www.example.org",
                        "ホストを含む http または https の絶対URL（例: https://www.example.org）でなければなりません"),
                rule(
                        "period ends before it starts",
                        g -> g.toBuilder()
                                .board(new Board(
                                        g.board().name(),
                                        List.of(seat(
                                                "s9", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31), false))))
                                .build(),
                        "board.seats[0].term.end",
                        "Chronological",
                        "must not be before the start",
                        "開始日より前であってはなりません"),
                rule(
                        "e-mail address",
                        g -> withSubscriptionAddress(g, "reader@example"),
                        "subscriptions[0].address",
                        "MailAddress",
                        "must be an e-mail address such as name@example.org, without spaces or control characters",
                        "空白や制御文字を含まないメールアドレス（例: name@example.org）でなければなりません"),
                rule(
                        "e-mail address with a header injected",
                        g -> withSubscriptionAddress(g, "reader@example.org\r\nBcc: all@example.org"),
                        "subscriptions[0].address",
                        "MailAddress",
                        "must be an e-mail address such as name@example.org, without spaces or control characters",
                        "空白や制御文字を含まないメールアドレス（例: name@example.org）でなければなりません"),
                rule(
                        "corporate number check digit",
                        g -> withMember(g, member(Identifier.of(Identifier.JP_CORPORATE_NUMBER, "1000012050002"))),
                        "organizations[1].identifiers[0].value",
                        "CheckedIdentifier",
                        "must be a Japanese Corporate Number: 13 digits with a valid check digit first",
                        "先頭に正しいチェックデジットを持つ13桁の法人番号でなければなりません"),
                rule(
                        "LEI check digits",
                        g -> withMember(g, member(Identifier.of(Identifier.LEI, "HWUPKR0MPOU8FGXBT395"))),
                        "organizations[1].identifiers[0].value",
                        "CheckedIdentifier",
                        "must be an LEI: 18 capital letters or digits and 2 check digits that pass ISO 7064 MOD 97-10",
                        "英大文字または数字18文字と ISO 7064 MOD 97-10 を満たす2桁のチェックデジットからなる LEI でなければなりません"),
                rule(
                        "seminar capacity",
                        NetworkValidatorTest::withOverbookedSeminar,
                        "activities[0].registered",
                        "WithinCapacity",
                        "must not be more than the seminar's capacity",
                        "セミナーの定員を超えてはなりません"),
                rule(
                        "two chairs at once",
                        g -> g.toBuilder()
                                .board(g.board()
                                        .withSeat(
                                                seat("s2", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), true)))
                                .build(),
                        "board.seats[1].chair",
                        "OneChairAtATime",
                        "must not make a second chair while another seat chairs the board",
                        "他の席が議長を務めている期間に二人目の議長を置いてはなりません"),
                rule(
                        "a membership outlasting its dissolved organization",
                        g -> dissolvedHost(g).toBuilder()
                                .memberships(new Membership(
                                        MembershipId.of("m-host"),
                                        TestData.NETWORK,
                                        TestData.HOST,
                                        TestData.activeMembership().role(),
                                        Optional.empty(),
                                        List.of(StatusChange.of(MembershipStatus.ACTIVE, LocalDate.of(2019, 6, 1))),
                                        0))
                                .build(),
                        "memberships[1].history",
                        "ConsistentGraph",
                        "must end by the day its organization was dissolved",
                        "組織が解散した日までに終わっていなければなりません"),
                rule(
                        "a seat outlasting its dissolved organization",
                        g -> dissolvedHost(g).toBuilder()
                                .board(g.board()
                                        .withSeat(
                                                seat("s2", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 1), false)))
                                .build(),
                        "board.seats[1].term",
                        "ConsistentGraph",
                        "must end before the day its organization was dissolved",
                        "組織が解散した日より前に終わっていなければなりません"),
                rule(
                        "overlapping memberships",
                        g -> g.toBuilder()
                                .memberships(new Membership(
                                        MembershipId.of("m2"),
                                        TestData.NETWORK,
                                        TestData.MEMBER,
                                        TestData.activeMembership().role(),
                                        Optional.empty(),
                                        List.of(StatusChange.of(MembershipStatus.APPLIED, LocalDate.of(2020, 1, 1))),
                                        0))
                                .build(),
                        "memberships[1].history",
                        "ConsistentGraph",
                        "must not overlap another membership of the same organization in the same role",
                        "同じ組織の同じ役割の他の参加期間と重なってはなりません"),
                rule(
                        "illegal status transition",
                        g -> g.toBuilder()
                                .memberships(new Membership(
                                        MembershipId.of("m3"),
                                        TestData.NETWORK,
                                        TestData.HOST,
                                        TestData.activeMembership().role(),
                                        Optional.empty(),
                                        List.of(
                                                StatusChange.of(MembershipStatus.APPLIED, LocalDate.of(2020, 1, 1)),
                                                StatusChange.of(MembershipStatus.SUSPENDED, LocalDate.of(2020, 2, 1))),
                                        0))
                                .build(),
                        "memberships[1].history[1].status",
                        "LegalStatusHistory",
                        "must be a legal move from the status before it",
                        "直前のステータスから許された移行でなければなりません"),
                rule(
                        "language tag",
                        g -> withMember(
                                g,
                                TestData.member().toBuilder()
                                        .name(new LocalizedText(Map.of("en", "Member", "not a tag!", "x")))
                                        .build()),
                        "organizations[1].name.values<K>[not a tag!].<map key>",
                        "LanguageTag",
                        "must be a well-formed BCP 47 language tag, such as ja or en",
                        "正しい形式の BCP 47 言語タグ（例: ja, en）でなければなりません"),
                rule(
                        "control characters in a name",
                        g -> withMember(
                                g,
                                TestData.member().toBuilder().acronym("MC\r\nX").build()),
                        "organizations[1].acronym",
                        "PlainText",
                        "must be non-blank text of at most 30 characters without control characters",
                        "空白ではなく、制御文字を含まない30文字以内のテキストでなければなりません"),
                rule(
                        "reference to an unknown organization",
                        g -> g.toBuilder()
                                .board(g.board()
                                        .withSeat(new BoardSeat(
                                                BoardSeatId.of("s3"),
                                                OrganizationId.of("nobody"),
                                                Optional.empty(),
                                                Period.from(LocalDate.of(2019, 1, 1)),
                                                false)))
                                .build(),
                        "board.seats[1].organization",
                        "ConsistentGraph",
                        "must refer to an organization in the network",
                        "ネットワーク内の組織を参照しなければなりません"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsEachRuleWithPathAndMessageInEnglishAndJapanese(
            String name,
            UnaryOperator<NetworkGraph> breakIt,
            String path,
            String rule,
            String english,
            String japanese) {
        NetworkGraph broken = breakIt.apply(TestData.graph());

        assertThat(validator.validate(broken)).containsExactly(new Violation(path, rule, english));
        assertThat(validator.validate(broken, Locale.JAPANESE)).containsExactly(new Violation(path, rule, japanese));
    }

    @Test
    void reportsEveryViolationAtOnceInPathOrder() {
        NetworkGraph broken = withSubscriptionAddress(
                withMember(
                        TestData.graph(),
                        TestData.member().toBuilder()
                                .country("jp")
                                .website("mailto:x")
                                .build()),
                "not an address");

        assertThat(validator.validate(broken))
                .extracting(Violation::path)
                .containsExactly("organizations[1].country", "organizations[1].website", "subscriptions[0].address");
    }

    @Test
    void checkThrowsOneExceptionCarryingEveryViolation() {
        NetworkGraph broken = withMember(
                TestData.graph(),
                TestData.member().toBuilder().country("jp").website("mailto:x").build());

        assertThatThrownBy(() -> validator.check(broken))
                .isInstanceOf(NetworkValidationException.class)
                .hasMessageStartingWith("2 violations: organizations[1].country: must be an ISO 3166-1")
                .satisfies(e -> assertThat(((NetworkValidationException) e).violations())
                        .hasSize(2));
    }

    @Test
    void checkReturnsAValidValue() {
        Organization member = TestData.member();
        assertThat(validator.check(member)).isSameAs(member);
    }

    /** A host factory whose resolver says nothing is reachable, as JPA's says of a property not loaded yet. */
    static final class NothingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType elementType) {
            return false;
        }

        @Override
        public boolean isCascadable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType elementType) {
            return false;
        }
    }

    @Test
    void validatesEverythingWhateverTheHostsTraversableResolverSays() {
        NetworkGraph broken = withMember(
                TestData.graph(), TestData.member().toBuilder().country("jp").build());
        try (ValidatorFactory factory = Validation.byDefaultProvider()
                .configure()
                .traversableResolver(new NothingReachable())
                .buildValidatorFactory()) {
            assertThat(factory.getValidator().validate(broken)).isEmpty();
            assertThat(NetworkValidator.using(factory).validate(broken))
                    .extracting(Violation::path)
                    .containsExactly("organizations[1].country");
        }
    }

    @Test
    void worksOverTheHostsOwnFactoryAndLeavesItOpen() {
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        try (NetworkValidator hostValidator = NetworkValidator.using(factory)) {
            assertThat(hostValidator.validate(
                            TestData.member().toBuilder().country("jp").build(), Locale.JAPANESE))
                    .extracting(Violation::message)
                    .containsExactly("ISO 3166-1 alpha-2 の大文字の国コード（例: JP）でなければなりません");
        }
        assertThat(factory.getValidator().validate(TestData.member())).isEmpty();
        factory.close();
    }

    @Test
    void standardRulesAreLocalizedByTheProvider() {
        Seminar seminar = TestData.seminar();
        Seminar noSeats = new Seminar(
                seminar.id(),
                seminar.title(),
                seminar.description(),
                seminar.dates(),
                seminar.venue(),
                0,
                0,
                seminar.fee(),
                Optional.empty());

        assertThat(validator.validate(noSeats, Locale.JAPANESE))
                .containsExactly(new Violation("capacity", "Positive", "0 より大きな値にしてください"));
        assertThat(validator.validate(noSeats))
                .containsExactly(new Violation("capacity", "Positive", "must be greater than 0"));
    }

    @Test
    void violationReadsAsOneLine() {
        assertThat(new Violation("a.b", "Rule", "must hold")).hasToString("a.b: must hold (Rule)");
        assertThat(new Violation("", "Rule", "must hold")).hasToString("(root): must hold (Rule)");
    }

    private static Arguments rule(
            String name,
            UnaryOperator<NetworkGraph> breakIt,
            String path,
            String rule,
            String english,
            String japanese) {
        return Arguments.of(name, breakIt, path, rule, english, japanese);
    }

    private static NetworkGraph withMember(NetworkGraph graph, Organization member) {
        return graph.withOrganization(member);
    }

    private static Organization member(Identifier identifier) {
        return Organization.builder(
                        TestData.MEMBER,
                        TestData.member().name(),
                        TestData.member().type())
                .identifier(identifier)
                .build();
    }

    private static Network withWebsite(Network n, String website) {
        return new Network(
                n.id(),
                n.name(),
                n.acronym(),
                n.scope(),
                n.country(),
                n.purpose(),
                n.founded(),
                n.focusRegions(),
                n.principles(),
                n.policy(),
                Optional.of(website));
    }

    private static NetworkGraph withSubscriptionAddress(NetworkGraph graph, String address) {
        Subscription s = graph.subscriptions().get(0);
        Subscription changed = new Subscription(
                s.id(),
                s.newsletter(),
                address,
                s.person(),
                s.organization(),
                s.topics(),
                s.consent(),
                s.status(),
                s.statusSince());
        return new NetworkGraph(
                graph.network(),
                graph.organizations(),
                graph.persons(),
                graph.memberships(),
                graph.board(),
                graph.secretariat(),
                graph.partners(),
                graph.activities(),
                graph.events(),
                graph.declarations(),
                List.of(changed));
    }

    private static NetworkGraph withOverbookedSeminar(NetworkGraph graph) {
        Seminar s = TestData.seminar();
        Seminar overbooked = new Seminar(
                s.id(), s.title(), s.description(), s.dates(), s.venue(), 50, 51, s.fee(), Optional.empty());
        return new NetworkGraph(
                graph.network(),
                graph.organizations(),
                graph.persons(),
                graph.memberships(),
                graph.board(),
                graph.secretariat(),
                graph.partners(),
                List.of(overbooked, TestData.newsletter()),
                graph.events(),
                graph.declarations(),
                graph.subscriptions());
    }

    /** The graph with its host organization dissolved on 1 June 2020. */
    private static NetworkGraph dissolvedHost(NetworkGraph g) {
        return g.withOrganization(
                TestData.host().toBuilder().dissolved(LocalDate.of(2020, 6, 1)).build());
    }

    private static BoardSeat seat(String id, LocalDate start, LocalDate end, boolean chair) {
        return new BoardSeat(BoardSeatId.of(id), TestData.HOST, Optional.empty(), Period.of(start, end), chair);
    }
}
