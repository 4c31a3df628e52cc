package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.race;
import static org.chemnet.network.Races.successes;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.deliverability.SuppressionReason;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.InvalidConfirmationTokenException;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.MessageKind;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.newsletter.PendingSubscription;
import org.chemnet.network.newsletter.SignUpSettings;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.OutgoingMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Double opt-in through the use cases of two runtimes over one store: a subscription asked for waits for the link of
 * its confirmation mail, nothing else is sent to it meanwhile, and confirming it (once, or sixteen times at once)
 * gives one active subscription; unconfirmed ones expire.
 *
 * @since 0.6.0
 */
public abstract class SignUpsContract extends TwoNodes {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final byte[] SECRET = "a secret of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8);
    private static final Pattern LINK = Pattern.compile("https://chemnet\\.example/confirm\\?token=(\\S+)");

    private final MutableClock clock = new MutableClock(T0);
    private final DeliverabilityContract.RefusingMailer mailer = new DeliverabilityContract.RefusingMailer();

    /** One node. */
    protected NetworkRuntime a;

    /** The other node. */
    protected NetworkRuntime b;

    private NetworkRuntime node(NetworkStore over, boolean withPage) {
        NetworkRuntimeBuilder builder = NetworkRuntime.builder()
                .validator(validator)
                .store(over)
                .clock(clock)
                .mailer(mailer)
                .unsubscribeSecret(SECRET);
        if (withPage) {
            builder.signUps(SignUpSettings.confirmingAt(URI.create("https://chemnet.example/confirm"))
                    .withValidity(Duration.ofDays(3)));
        }
        return builder.build();
    }

    @BeforeEach
    void startNodesWithMail() {
        a = node(store, true);
        b = node(secondStore, true);
        a.networks().register(TestData.graph());
    }

    @AfterEach
    void stopNodesWithMail() {
        a.close();
        b.close();
    }

    private static Subscription asked(String id, String address, Optional<PersonId> person) {
        return new Subscription(
                SubscriptionId.of(id),
                TestData.NEWSLETTER,
                address,
                person,
                Optional.empty(),
                Set.of(),
                new Consent(LocalDate.of(2000, 1, 1), "sign-up form of the portal"),
                SubscriptionStatus.ACTIVE,
                LocalDate.of(2000, 1, 1));
    }

    private int issue(int number) {
        return a.newsletters()
                .issue(new NewsletterIssue(
                        MessageId.of("issue-" + number),
                        TestData.NEWSLETTER,
                        number,
                        LocalDate.of(2026, 3, 2),
                        Set.of(),
                        LocalizedText.en("Issue " + number),
                        LocalizedText.en("News")));
    }

    private List<OutgoingMail> confirmations() {
        a.newsletters().deliverPending();
        return mailer.accepted.stream()
                .filter(m -> m.message().kind() == MessageKind.NOTICE)
                .toList();
    }

    private static String token(OutgoingMail mail) {
        Matcher link = LINK.matcher(mail.body());
        assertThat(link.find()).as("a link in %s", mail.body()).isTrue();
        return java.net.URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }

    private Optional<Subscription> stored(String id) {
        return store.read(r -> r.subscriptions().subscription(SubscriptionId.of(id)));
    }

    @Test
    void aSubscriptionAskedForGetsOnlyItsConfirmationUntilItsLinkIsOpened() {
        PendingSubscription pending = a.newsletters().signUp(asked("new-1", "new@example.org", Optional.empty()));

        assertThat(pending.expires()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThat(stored("new-1")).isEmpty();
        assertThat(issue(1)).as("the test graph's one reader only").isEqualTo(1);
        List<OutgoingMail> sent = confirmations();
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.delivery().address()).isEqualTo("new@example.org");
            assertThat(mail.subject()).isEqualTo("Please confirm your subscription to Mail magazine");
            assertThat(mail.body()).contains("before 2026-03-05 09:00");
        });
        clock.advance(Duration.ofDays(1));

        Subscription confirmed = b.newsletters().confirm(token(sent.get(0)));

        assertThat(confirmed.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(confirmed.consent()).isEqualTo(new Consent(LocalDate.of(2026, 3, 3), "sign-up form of the portal"));
        assertThat(stored("new-1")).contains(confirmed);
        assertThat(a.newsletters().confirm(token(sent.get(0)))).as("again").isEqualTo(confirmed);
        assertThat(issue(2)).isEqualTo(2);

        b.newsletters().unsubscribe(confirmed.id(), LocalDate.of(2026, 4, 1));
        assertThat(a.consents().entriesAt("New@example.org"))
                .extracting(
                        org.chemnet.network.consent.ConsentEntry::given,
                        org.chemnet.network.consent.ConsentEntry::channel,
                        org.chemnet.network.consent.ConsentEntry::textVersion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                true, org.chemnet.network.consent.ConsentChannel.EMAIL_LINK, "subscription"),
                        org.assertj.core.groups.Tuple.tuple(
                                false, org.chemnet.network.consent.ConsentChannel.UNSPECIFIED, "subscription"));
    }

    @Test
    void anExpiredATamperedOrAnotherPurposesTokenConfirmsNothingAndUnconfirmedOnesExpire() {
        a.newsletters().signUp(asked("new-1", "new@example.org", Optional.empty()));
        String token = token(confirmations().get(0));

        assertThatThrownBy(() -> a.newsletters().confirm(token.substring(0, token.length() - 1)))
                .isInstanceOf(InvalidConfirmationTokenException.class)
                .hasMessageContaining("not valid");
        issue(1);
        a.newsletters().deliverPending();
        String unsubscribe = mailer.accepted.stream()
                .flatMap(m -> m.unsubscribeToken().stream())
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> a.newsletters().confirm(unsubscribe))
                .isInstanceOf(InvalidConfirmationTokenException.class);
        clock.advance(Duration.ofDays(3).plusSeconds(1));
        assertThatThrownBy(() -> a.newsletters().confirm(token))
                .isInstanceOf(InvalidConfirmationTokenException.class)
                .hasMessage("the confirmation link has expired: sign up again for a new one");

        assertThat(b.newsletters().expireSignUps()).isEqualTo(1);
        assertThat(a.newsletters().expireSignUps()).isZero();
        assertThat(stored("new-1")).isEmpty();
    }

    @Test
    void sixteenConfirmationsAtOnceGiveOneSubscriptionAndSixteenSignUpsOnePending() throws Exception {
        List<Races.Outcome<PendingSubscription>> asks = race(a, b, (runtime, i) -> runtime.newsletters()
                .signUp(asked("new-1", "new@example.org", Optional.empty())));
        assertThat(successes(asks)).hasSize(THREADS);
        String token = token(confirmations().get(0));

        List<Races.Outcome<Subscription>> confirms =
                race(a, b, (runtime, i) -> runtime.newsletters().confirm(token));

        assertThat(successes(confirms))
                .hasSize(THREADS)
                .containsOnly(stored("new-1").orElseThrow());
        assertThat(a.newsletters().audience(TestData.NEWSLETTER, Set.of()))
                .extracting(Subscription::address)
                .containsOnlyOnce("new@example.org");
    }

    @Test
    void aSuppressedAddressGetsNoConfirmationAndErasureTakesThePending() {
        a.deliverability().suppress("gone@example.org", SuppressionReason.OPTED_OUT, "");
        a.newsletters().signUp(asked("gone-1", "gone@example.org", Optional.empty()));
        assertThat(confirmations()).isEmpty();

        PersonId eve = PersonId.of("eve");
        a.networks().save(new Person(eve, "Eve", Optional.empty(), Optional.empty(), Optional.of("ja")));
        a.newsletters().signUp(asked("eve-1", "eve@example.org", Optional.of(eve)));
        assertThat(confirmations()).singleElement().satisfies(mail -> assertThat(mail.subject())
                .isEqualTo("Mail magazineの購読確認のお願い"));
        a.personalData().erase(eve);
        Optional<PendingSubscription> left = store.read(r -> r.signUps().find(SubscriptionId.of("eve-1")));
        assertThat(left).isEmpty();
    }

    @Test
    void withoutAConfirmationPageASignUpIsRefusedSayingWhatToSet() {
        NetworkRuntime plain = node(store, false);
        try {
            assertThatThrownBy(() -> plain.newsletters().signUp(asked("x", "x@example.org", Optional.empty())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("SignUpSettings.confirmingAt(url)");
        } finally {
            plain.close();
        }
        assertThatThrownBy(() -> a.newsletters().signUp(asked("x", "not an address", Optional.empty())))
                .isInstanceOf(org.chemnet.network.validation.NetworkValidationException.class)
                .hasMessageContaining("address");
    }
}
