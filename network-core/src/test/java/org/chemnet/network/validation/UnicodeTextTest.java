package org.chemnet.network.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.chemnet.network.TestData;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.Place;
import org.chemnet.network.graph.Network;
import org.chemnet.network.internal.constraints.UnicodeText;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.organization.ContactDetail;
import org.chemnet.network.organization.ContactType;
import org.chemnet.network.organization.Identifier;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that is not valid Unicode (an unpaired surrogate, which a JSON escape makes and no database can store) is
 * refused by every rule on free text, and identifiers refuse it by construction.
 */
class UnicodeTextTest {
    private static final PersonId PERSON = PersonId.of("p1");
    private static final String HIGH = "\uD800";
    private static final String LOW = "\uDC00";

    private static NetworkValidator validator;

    @BeforeAll
    static void start() {
        validator = NetworkValidator.create();
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    static Stream<Arguments> unpaired() {
        return Stream.of(
                Arguments.of("a lone high surrogate", HIGH, 0),
                Arguments.of("a lone low surrogate", LOW, 0),
                Arguments.of("a high surrogate at the end", "Yamada" + HIGH, 6),
                Arguments.of("a high surrogate before a letter", "Ya" + HIGH + "mada", 2),
                Arguments.of("a low surrogate before a high one", LOW + HIGH, 0),
                Arguments.of("a low surrogate after a pair", "\uD83D\uDE00" + LOW, 2),
                Arguments.of("two high surrogates, then a low one", "A" + HIGH + "\uDBFF\uDC00", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpaired")
    void plainTextRefusesAnUnpairedSurrogateSayingWhere(String name, String text, int position) {
        Person person = Person.of(PERSON, text);

        assertThat(validator.validate(person))
                .containsExactly(new Violation(
                        "name",
                        "PlainText",
                        "must be valid Unicode text (an unpaired surrogate at position " + position + ")"));
        assertThat(validator.validate(person, Locale.JAPANESE))
                .containsExactly(new Violation(
                        "name", "PlainText", "正しい Unicode のテキストでなければなりません（位置" + position + "に対になっていないサロゲートがあります）"));
        assertThat(UnicodeText.firstUnpairedSurrogate(text)).isEqualTo(position);
        assertThat(UnicodeText.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hanako Yamada", "山田花子", "\uD83D\uDE00 emoji", "\uD842\uDFB7野家", "end \uDBFF\uDFFF"})
    void acceptsTextWhoseSurrogatesArePaired(String text) {
        assertThat(validator.validate(Person.of(PERSON, text))).isEmpty();
        assertThat(UnicodeText.firstUnpairedSurrogate(text)).isEqualTo(-1);
    }

    @Test
    void multilineTextIsCheckedToo() {
        assertThat(validator.validate(LocalizedText.en("line one\nline two " + HIGH)))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("values[en]", "PlainText"));
    }

    /** Every String component of the records that holds text of a person, with the rule that refuses it. */
    static Stream<Arguments> components() {
        Event s = TestData.summit();
        Seminar seminar = TestData.seminar();
        Declaration d = TestData.declaration();
        Network n = TestData.network();
        return Stream.of(
                component(
                        "organization name",
                        TestData.member().toBuilder()
                                .name(LocalizedText.en("Member" + HIGH))
                                .build(),
                        "name.values[en]",
                        "PlainText"),
                component(
                        "organization other name",
                        TestData.member().toBuilder().otherNames("M" + LOW).build(),
                        "otherNames[0]",
                        "PlainText"),
                component(
                        "organization acronym",
                        TestData.member().toBuilder().acronym("MC" + HIGH).build(),
                        "acronym",
                        "PlainText"),
                component(
                        "organization sector",
                        TestData.member().toBuilder()
                                .sectors("Chemicals" + HIGH)
                                .build(),
                        "sectors[0]",
                        "PlainText"),
                component(
                        "organization website",
                        TestData.member().toBuilder()
                                .website("https://example.org/" + HIGH)
                                .build(),
                        "website",
                        "WebAddress"),
                component(
                        "organization country",
                        TestData.member().toBuilder().country("J" + HIGH).build(),
                        "country",
                        "CountryCode"),
                component(
                        "identifier value",
                        TestData.member().toBuilder()
                                .identifier(Identifier.of("x-local", "A" + HIGH))
                                .build(),
                        "identifiers[1].value",
                        "PlainText"),
                component(
                        "contact detail value",
                        ContactDetail.of(ContactType.PHONE, "+81 3" + LOW),
                        "value",
                        "PlainText"),
                component(
                        "contact detail label",
                        new ContactDetail(ContactType.PHONE, "+81 3", Optional.of("Office" + HIGH)),
                        "label",
                        "PlainText"),
                component(
                        "person position",
                        new Person(PERSON, "Hanako", Optional.of("Chair" + HIGH), Optional.empty(), Optional.empty()),
                        "position",
                        "PlainText"),
                component(
                        "person e-mail address",
                        new Person(
                                PERSON,
                                "Hanako",
                                Optional.empty(),
                                Optional.of("hanako" + HIGH + "@example.org"),
                                Optional.empty()),
                        "email",
                        "MailAddress"),
                component(
                        "person language",
                        new Person(PERSON, "Hanako", Optional.empty(), Optional.empty(), Optional.of("j" + HIGH)),
                        "language",
                        "LanguageTag"),
                component(
                        "language tag of a localized text",
                        new LocalizedText(Map.of("e" + HIGH, "text")),
                        "values<K>[e" + HIGH + "].<map key>",
                        "LanguageTag"),
                component("place city", new Place("Kielce" + HIGH, "PL", Optional.empty()), "city", "PlainText"),
                component("place venue", new Place("Kielce", "PL", Optional.of("Targi" + LOW)), "venue", "PlainText"),
                component(
                        "event acronym",
                        new Event(
                                s.id(),
                                s.name(),
                                Optional.of("TS" + HIGH),
                                s.kind(),
                                s.dates(),
                                s.place(),
                                s.organizers(),
                                s.coOrganizers(),
                                s.participantCount(),
                                s.countryCount(),
                                s.description()),
                        "acronym",
                        "PlainText"),
                component(
                        "declaration title",
                        new Declaration(
                                d.id(),
                                LocalizedText.en("Declaration" + HIGH),
                                d.adoptedAt(),
                                d.adoptedOn(),
                                d.summary(),
                                d.goals(),
                                d.guidelines(),
                                d.principles(),
                                d.endorsements()),
                        "title.values[en]",
                        "PlainText"),
                component(
                        "seminar venue",
                        new Seminar(
                                seminar.id(),
                                seminar.title(),
                                seminar.description(),
                                seminar.dates(),
                                "Tokyo" + HIGH,
                                seminar.capacity(),
                                seminar.registered(),
                                seminar.fee(),
                                Optional.empty()),
                        "venue",
                        "PlainText"),
                component(
                        "newsletter issue subject",
                        issue(LocalizedText.en("Subject" + HIGH), LocalizedText.en("Body")),
                        "subject",
                        "TextBounds"),
                component(
                        "newsletter issue body",
                        issue(LocalizedText.en("Subject"), LocalizedText.en("Body\n" + LOW)),
                        "body",
                        "TextBounds"),
                component(
                        "status change reason",
                        new StatusChange(MembershipStatus.SUSPENDED, TestData.DAY, Optional.of("unpaid" + HIGH)),
                        "reason",
                        "PlainText"),
                component("consent source", new Consent(TestData.DAY, "web form" + LOW), "source", "PlainText"),
                component(
                        "network focus region",
                        new Network(
                                n.id(),
                                n.name(),
                                n.acronym(),
                                n.scope(),
                                n.country(),
                                n.purpose(),
                                n.founded(),
                                List.of("East Asia" + HIGH),
                                n.principles(),
                                n.policy(),
                                n.website()),
                        "focusRegions[0]",
                        "PlainText"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("components")
    void everyTextRuleRefusesAnUnpairedSurrogate(String name, Object value, String path, String rule) {
        assertThat(validator.validate(value))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(path, rule));
    }

    @Test
    void aWebAddressSaysWhereTheSurrogateIs() {
        assertThat(validator.validate(TestData.member().toBuilder()
                        .website("https://example.org/" + HIGH)
                        .build()))
                .extracting(Violation::message)
                .containsExactly("must be valid Unicode text (an unpaired surrogate at position 20)");
    }

    @Test
    void identifiersRefuseSurrogatesByConstruction() {
        assertThatThrownBy(() -> OrganizationId.of("member" + HIGH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetworkId.of(LOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageId.of("issue" + HIGH)).isInstanceOf(IllegalArgumentException.class);
    }

    private static NewsletterIssue issue(LocalizedText subject, LocalizedText body) {
        return new NewsletterIssue(
                MessageId.of("issue-1"), TestData.NEWSLETTER, 1, TestData.DAY, Set.of("Asia"), subject, body);
    }

    private static Arguments component(String name, Object value, String path, String rule) {
        return Arguments.of(name, value, path, rule);
    }
}
