package org.chemnet.network.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.chemnet.network.MutableClock;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RecordingListener;
import org.chemnet.network.TestData;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.DeliveryOutcome;
import org.chemnet.network.spi.Mailer;
import org.chemnet.network.spi.OutgoingMail;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewslettersTest {
    private static final Instant T0 = Instant.parse("2020-06-30T00:00:00Z");
    private final RecordingListener listener = new RecordingListener();
    private final MutableClock clock = new MutableClock(T0);
    private final ScriptedMailer mailer = new ScriptedMailer();
    private NetworkRuntime runtime;
    private Newsletters newsletters;

    /** A mailer that keeps what it was given and fails as a test tells it to. */
    static final class ScriptedMailer implements Mailer {
        final List<OutgoingMail> accepted = new ArrayList<>();
        final Map<String, Integer> transientFailuresLeft = new HashMap<>();
        final Set<String> refused = new java.util.HashSet<>();
        int batches;

        @Override
        public void send(List<OutgoingMail> batch, Consumer<DeliveryOutcome> outcomes) {
            batches++;
            for (OutgoingMail mail : batch) {
                String address = mail.delivery().address();
                if (refused.contains(address)) {
                    outcomes.accept(DeliveryOutcome.failed(mail.delivery().id(), true, "550 no such user"));
                } else if (transientFailuresLeft.getOrDefault(address, 0) > 0) {
                    transientFailuresLeft.merge(address, -1, Integer::sum);
                    outcomes.accept(DeliveryOutcome.failed(mail.delivery().id(), false, "421 try again later"));
                } else {
                    accepted.add(mail);
                    outcomes.accept(DeliveryOutcome.sent(mail.delivery().id()));
                }
            }
        }
    }

    @BeforeEach
    void start() {
        runtime = NetworkRuntime.builder()
                .listener(listener)
                .clock(clock)
                .mailer(mailer)
                .outbox(new OutboxSettings(2, 3, Duration.ofMinutes(1), Duration.ofMinutes(5)))
                .build();
        runtime.networks().register(TestData.graph());
        newsletters = runtime.newsletters();
        subscribe("s2", "second@example.org", Set.of(), SubscriptionStatus.ACTIVE);
        subscribe("s3", "china@example.org", Set.of("China"), SubscriptionStatus.ACTIVE);
        subscribe("s4", "left@example.org", Set.of(), SubscriptionStatus.UNSUBSCRIBED);
        listener.clear();
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private Subscription subscribe(String id, String address, Set<String> topics, SubscriptionStatus status) {
        return newsletters.subscribe(new Subscription(
                SubscriptionId.of(id),
                TestData.NEWSLETTER,
                address,
                Optional.empty(),
                Optional.empty(),
                topics,
                new Consent(LocalDate.of(2020, 1, 1), "web form"),
                status,
                LocalDate.of(2020, 1, 1)));
    }

    private static NewsletterIssue composed(String id, int number, LocalizedText subject, LocalizedText body) {
        return new NewsletterIssue(
                MessageId.of(id), TestData.NEWSLETTER, number, LocalDate.of(2020, 6, 30), Set.of(), subject, body);
    }

    private static NewsletterIssue issue(String id, Set<String> topics) {
        return new NewsletterIssue(
                MessageId.of(id),
                TestData.NEWSLETTER,
                106,
                LocalDate.of(2020, 6, 30),
                topics,
                LocalizedText.jaEn("メールマガジン 第106号", "Newsletter No. 106"),
                LocalizedText.jaEn("欧州の動向", "News from Europe"));
    }

    @Test
    void anIssueSentAgainIsResumedAndAnotherWithItsIdentifierIsRefused() {
        int recipients = newsletters.issue(issue("issue-106", Set.of()));
        newsletters.deliverPending();
        int sent = mailer.accepted.size();

        assertThat(newsletters.issue(issue("issue-106", Set.of()))).isEqualTo(recipients);
        assertThat(newsletters.deliverPending().sent()).isZero();
        assertThat(mailer.accepted).hasSize(sent);
        NewsletterIssue changed =
                composed("issue-106", 106, LocalizedText.en("Another subject"), LocalizedText.en("News"));
        assertThatThrownBy(() -> newsletters.issue(changed))
                .isInstanceOfSatisfying(
                        NetworkValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.path()).isEqualTo("id");
                            assertThat(v.rule()).isEqualTo("IssuedAlready");
                            assertThat(v.message()).startsWith("message issue-106 is issued already with another");
                        }));
    }

    @Test
    void anAddressSubscribedTwiceGetsOneMailPerIssue() {
        subscribe("s5", "Second@Example.org", Set.of(), SubscriptionStatus.ACTIVE);
        subscribe("s6", "third@example.org", Set.of(), SubscriptionStatus.ACTIVE);

        assertThat(newsletters.issue(issue("issue-106", Set.of()))).isEqualTo(4);
        newsletters.deliverPending();

        assertThat(mailer.accepted)
                .extracting(m -> m.delivery().address())
                .containsExactlyInAnyOrder(
                        "reader@example.org", "second@example.org", "china@example.org", "third@example.org");
    }

    @Test
    void aSubjectOfTwoLinesIsRefusedBeforeAnythingIsRecordedAndABodyMayBeAMagazine() {
        NewsletterIssue twoLines = composed(
                "issue-crlf",
                108,
                LocalizedText.en("Newsletter\r\nBcc: everyone@example.org"),
                LocalizedText.en("News"));
        assertThatThrownBy(() -> newsletters.issue(twoLines))
                .isInstanceOfSatisfying(
                        NetworkValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.path()).isEqualTo("subject");
                            assertThat(v.rule()).isEqualTo("TextBounds");
                            assertThat(v.message())
                                    .isEqualTo("must have, in each language, non-blank text of one line of at most 500"
                                            + " characters, without line breaks or other control characters");
                        }));
        assertThat(runtime.directory()
                        .deliveries(MessageId.of("issue-crlf"), org.chemnet.network.kernel.PageRequest.first(10))
                        .items())
                .isEmpty();

        String magazine = "第106号の記事です。\n".repeat(15_000);
        assertThat(magazine.length()).isGreaterThan(100_000);
        NewsletterIssue longIssue =
                composed("issue-long", 109, LocalizedText.en("A long issue"), LocalizedText.en(magazine));
        assertThat(newsletters.issue(longIssue)).isPositive();
        newsletters.deliverPending();
        assertThat(mailer.accepted).anySatisfy(m -> assertThat(m.body()).contains("第106号の記事です。"));

        NewsletterIssue tooLong = composed(
                "issue-too-long",
                110,
                LocalizedText.en("Too long"),
                LocalizedText.en("x".repeat(MailMessage.MAX_BODY + 1)));
        assertThatThrownBy(() -> newsletters.issue(tooLong))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("body", "TextBounds")));
    }

    @Test
    void audienceIsActiveSubscriptionsOnTheTopics() {
        assertThat(newsletters.audience(TestData.NEWSLETTER, Set.of("Europe")))
                .extracting(s -> s.id().value())
                .containsExactly("s1", "s2");
        assertThat(newsletters.audience(TestData.NEWSLETTER, Set.of()))
                .extracting(s -> s.id().value())
                .containsExactly("s1", "s2", "s3");
    }

    @Test
    void issuingRecordsDeliveriesBeforeSendingAnything() {
        int recipients = newsletters.issue(issue("issue-106", Set.of("Europe")));

        assertThat(recipients).isEqualTo(2);
        assertThat(mailer.accepted).isEmpty();
        List<Delivery> deliveries = runtime.directory()
                .deliveries(MessageId.of("issue-106"), org.chemnet.network.kernel.PageRequest.first(1000))
                .items();
        assertThat(deliveries).extracting(Delivery::status).containsOnly(DeliveryStatus.PENDING);
        assertThat(deliveries)
                .extracting(Delivery::address)
                .containsExactlyInAnyOrder("reader@example.org", "second@example.org");
        assertThat(listener.events(ChangeEvent.NewsletterIssued.class))
                .singleElement()
                .satisfies(e -> assertThat(e.recipients()).isEqualTo(2));
    }

    @Test
    void anIssueIsNeverRecordedTwice() {
        newsletters.issue(issue("issue-106", Set.of()));
        assertThat(newsletters.issue(issue("issue-106", Set.of()))).isEqualTo(3);
        List<Delivery> deliveries = runtime.directory()
                .deliveries(MessageId.of("issue-106"), org.chemnet.network.kernel.PageRequest.first(1000))
                .items();
        assertThat(deliveries).hasSize(3);
    }

    @Test
    void deliversEveryPendingMailOnceInBatches() {
        newsletters.issue(issue("issue-106", Set.of()));

        DispatchReport report = newsletters.deliverPending();

        assertThat(report).isEqualTo(new DispatchReport(3, 0, 0));
        assertThat(mailer.batches).isEqualTo(2);
        assertThat(mailer.accepted)
                .extracting(m -> m.delivery().address())
                .doesNotHaveDuplicates()
                .hasSize(3);
        assertThat(mailer.accepted.get(0).subject())
                .as("a subscriber with no known language reads English where the issue has it")
                .isEqualTo("Newsletter No. 106");
        assertThat(newsletters.deliverPending()).isEqualTo(new DispatchReport(0, 0, 0));
        assertThat(mailer.accepted).hasSize(3);
    }

    @Test
    void retriesTransientFailuresWithGrowingDelaysThenGivesUp() {
        mailer.transientFailuresLeft.put("second@example.org", 1);
        mailer.transientFailuresLeft.put("china@example.org", 10);
        newsletters.issue(issue("issue-106", Set.of()));

        assertThat(newsletters.deliverPending()).isEqualTo(new DispatchReport(1, 0, 2));
        Delivery waiting = runtime
                .directory()
                .deliveries(MessageId.of("issue-106"), org.chemnet.network.kernel.PageRequest.first(1000))
                .items()
                .stream()
                .filter(d -> d.address().equals("china@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(waiting.nextAttempt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(waiting.lastError()).contains("421 try again later");
        assertThat(newsletters.deliverPending()).as("not due yet").isEqualTo(new DispatchReport(0, 0, 0));

        clock.advance(Duration.ofMinutes(1));
        assertThat(newsletters.deliverPending()).isEqualTo(new DispatchReport(1, 0, 1));
        clock.advance(Duration.ofMinutes(2));
        assertThat(newsletters.deliverPending()).as("third attempt is the last").isEqualTo(new DispatchReport(0, 1, 0));
        assertThat(mailer.accepted)
                .extracting(m -> m.delivery().address())
                .containsExactlyInAnyOrder("reader@example.org", "second@example.org");
    }

    @Test
    void permanentFailuresAreNotRetried() {
        mailer.refused.add("reader@example.org");
        newsletters.issue(issue("issue-106", Set.of()));

        assertThat(newsletters.deliverPending()).isEqualTo(new DispatchReport(2, 1, 0));
        clock.advance(Duration.ofDays(1));
        assertThat(newsletters.deliverPending()).isEqualTo(new DispatchReport(0, 0, 0));
    }

    @Test
    void unsubscribingStopsPendingMailAndIsIdempotent() {
        newsletters.issue(issue("issue-106", Set.of()));
        Subscription left = newsletters.unsubscribe(SubscriptionId.of("s2"), LocalDate.of(2020, 7, 1));

        assertThat(left.status()).isEqualTo(SubscriptionStatus.UNSUBSCRIBED);
        assertThat(newsletters.unsubscribe(SubscriptionId.of("s2"), LocalDate.of(2020, 8, 1)))
                .isEqualTo(left);
        assertThat(listener.events(ChangeEvent.Unsubscribed.class)).hasSize(1);
        assertThat(newsletters.deliverPending()).isEqualTo(new DispatchReport(2, 1, 0));
        assertThat(mailer.accepted).extracting(m -> m.delivery().address()).doesNotContain("second@example.org");
        assertThat(newsletters.audience(TestData.NEWSLETTER, Set.of())).hasSize(2);
    }

    @Test
    void deliveriesUseTheSubscribersNameAndLanguage() {
        PersonId reader = PersonId.of("reader");
        runtime.networks().save(new Person(reader, "Taro Sato", Optional.empty(), Optional.empty(), Optional.of("en")));
        Subscription s = TestData.subscription();
        newsletters.subscribe(new Subscription(
                s.id(),
                s.newsletter(),
                s.address(),
                Optional.of(reader),
                s.organization(),
                s.topics(),
                s.consent(),
                s.status(),
                s.statusSince()));

        newsletters.issue(issue("issue-106", Set.of("Europe")));
        newsletters.deliverPending();

        OutgoingMail toTaro = mailer.accepted.stream()
                .filter(m -> m.delivery().address().equals("reader@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(toTaro.delivery().name()).contains("Taro Sato");
        assertThat(toTaro.subject()).isEqualTo("Newsletter No. 106");
        assertThat(toTaro.body()).isEqualTo("News from Europe");
    }

    @Test
    void refusesUnknownNewslettersAndRequiresAMailerToSend() {
        assertThatThrownBy(() -> newsletters.issue(new NewsletterIssue(
                        MessageId.of("x"),
                        ActivityId.of("seminar"),
                        1,
                        LocalDate.of(2020, 1, 1),
                        Set.of(),
                        LocalizedText.en("s"),
                        LocalizedText.en("b"))))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no newsletter activity with id 'seminar' is stored");
        try (NetworkRuntime noMailer = NetworkRuntime.builder().build()) {
            assertThatThrownBy(() -> noMailer.newsletters().deliverPending())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no mailer is configured");
        }
    }

    @Test
    void unsubscribesOnlyWithAGenuineTokenFromTheMail() {
        byte[] secret = "a secret of thirty-two bytes or more".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (NetworkRuntime signed = NetworkRuntime.builder()
                .mailer(mailer)
                .unsubscribeSecret(secret)
                .build()) {
            signed.networks().register(TestData.graph());
            signed.newsletters().issue(issue("issue-106", Set.of()));
            signed.newsletters().deliverPending();
            String token = mailer.accepted.get(0).unsubscribeToken().orElseThrow();

            assertThatThrownBy(() -> signed.newsletters().unsubscribe(token + "x", LocalDate.of(2020, 7, 1)))
                    .isInstanceOf(InvalidUnsubscribeTokenException.class)
                    .hasMessage("the unsubscribe token is not valid: it was changed, cut short, or signed with"
                            + " another secret");
            Subscription left = signed.newsletters().unsubscribe(token, LocalDate.of(2020, 7, 1));

            assertThat(left.id())
                    .isEqualTo(mailer.accepted.get(0).delivery().subscription().orElseThrow());
            assertThat(left.status()).isEqualTo(SubscriptionStatus.UNSUBSCRIBED);
        }
        assertThatThrownBy(() -> newsletters.unsubscribe("a.b", LocalDate.of(2020, 7, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no unsubscribe secret is configured");
    }

    @Test
    void aReplacedSecretStillUnsubscribesWithTheLinksOfMailAlreadySent() {
        byte[] old = "the secret the mail was signed with".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] current = "the secret that signs from now on!!".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.chemnet.network.memory.InMemoryNetworkStore store = new org.chemnet.network.memory.InMemoryNetworkStore();
        String token;
        try (NetworkRuntime before = NetworkRuntime.builder()
                .store(store)
                .mailer(mailer)
                .unsubscribeSecret(old)
                .build()) {
            before.networks().register(TestData.graph());
            before.newsletters().issue(issue("issue-107", Set.of()));
            before.newsletters().deliverPending();
            token = mailer.accepted.get(0).unsubscribeToken().orElseThrow();
        }
        try (NetworkRuntime notNamed = NetworkRuntime.builder()
                        .store(store)
                        .unsubscribeSecret(current)
                        .build();
                NetworkRuntime rotated = NetworkRuntime.builder()
                        .store(store)
                        .retiredUnsubscribeSecret(old)
                        .unsubscribeSecret(current)
                        .build()) {
            assertThatThrownBy(() -> notNamed.newsletters().unsubscribe(token, LocalDate.of(2020, 7, 1)))
                    .isInstanceOf(InvalidUnsubscribeTokenException.class);

            Subscription left = rotated.newsletters().unsubscribe(token, LocalDate.of(2020, 7, 1));

            assertThat(left.status()).isEqualTo(SubscriptionStatus.UNSUBSCRIBED);
        }
        assertThatThrownBy(() -> NetworkRuntime.builder().retiredUnsubscribeSecret(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retiredUnsubscribeSecret must have at least 32 bytes, but had 31");
    }

    @Test
    void retryDelaysDoubleUpToTheCeiling() {
        OutboxSettings settings = new OutboxSettings(10, 10, Duration.ofMinutes(1), Duration.ofMinutes(5));
        assertThat(settings.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.retryDelay(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.retryDelay(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retryDelay(30)).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> new OutboxSettings(0, 1, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessage("batchSize must be at least 1, but was 0");
        assertThatThrownBy(() -> new OutboxSettings(1, 0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessage("maxAttempts must be at least 1, but was 0");
        assertThatThrownBy(() -> new OutboxSettings(1, 1, Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("firstRetryDelay must be positive");
        assertThatThrownBy(() -> new OutboxSettings(1, 1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("maxRetryDelay must be at least firstRetryDelay");
    }
}
