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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chemnet.network.access.AccessDeniedException;
import org.chemnet.network.access.Actor;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.deliverability.BounceKind;
import org.chemnet.network.deliverability.BounceResult;
import org.chemnet.network.deliverability.BounceSettings;
import org.chemnet.network.deliverability.InvalidResumeTokenException;
import org.chemnet.network.deliverability.ReminderReport;
import org.chemnet.network.deliverability.SuppressionReason;
import org.chemnet.network.kernel.PageRequest;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.MessageKind;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.spi.DeliveryOutcome;
import org.chemnet.network.spi.Mailer;
import org.chemnet.network.spi.OutgoingMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bounces, holds, reminders, the way back and the suppression list, through the use cases of two runtimes over one
 * store: a bounce counts once however often and wherever it is reported, three hard bounces on three days put an
 * address on hold, reminders go out once each, and nothing is sent to a suppressed address.
 *
 * @since 0.6.0
 */
public abstract class DeliverabilityContract extends TwoNodes {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final byte[] SECRET = "a secret of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8);
    private static final Pattern LINK = Pattern.compile("https://chemnet\\.example/resume\\?token=(\\S+)");

    private final MutableClock clock = new MutableClock(T0);
    private final RefusingMailer mailer = new RefusingMailer();

    /** One node, with the mailer, the clock and the secret. */
    protected NetworkRuntime a;

    /** The other node, likewise. */
    protected NetworkRuntime b;

    /** Refuses the addresses it is told to, as a hard or soft bounce, and accepts the others. */
    static final class RefusingMailer implements Mailer {
        final List<OutgoingMail> accepted = Collections.synchronizedList(new ArrayList<>());
        final Set<String> hard = Collections.synchronizedSet(new java.util.HashSet<>());
        final Set<String> soft = Collections.synchronizedSet(new java.util.HashSet<>());

        @Override
        public void send(List<OutgoingMail> batch, Consumer<DeliveryOutcome> outcomes) {
            for (OutgoingMail mail : batch) {
                String address = AddressStanding.normalized(mail.delivery().address());
                if (hard.contains(address)) {
                    outcomes.accept(
                            DeliveryOutcome.bounced(mail.delivery().id(), BounceKind.HARD, "550 5.1.1 no such user"));
                } else if (soft.contains(address)) {
                    outcomes.accept(
                            DeliveryOutcome.bounced(mail.delivery().id(), BounceKind.SOFT, "452 4.2.2 mailbox full"));
                } else {
                    accepted.add(mail);
                    outcomes.accept(DeliveryOutcome.sent(mail.delivery().id()));
                }
            }
        }
    }

    private NetworkRuntime node(org.chemnet.network.spi.NetworkStore over) {
        return NetworkRuntime.builder()
                .validator(validator)
                .store(over)
                .clock(clock)
                .mailer(mailer)
                .unsubscribeSecret(SECRET)
                .bounces(BounceSettings.defaults()
                        .withReminders(2, Duration.ofDays(7))
                        .withResumeUrl(URI.create("https://chemnet.example/resume")))
                .build();
    }

    @BeforeEach
    void startNodesWithMail() {
        a = node(store);
        b = node(secondStore);
        a.networks().register(TestData.graph());
        subscribe("ann-1", "ann@example.org");
        subscribe("ann-2", "Ann@Example.ORG");
        subscribe("bob-1", "bob@example.org");
    }

    @AfterEach
    void stopNodesWithMail() {
        a.close();
        b.close();
    }

    private void subscribe(String id, String address) {
        a.newsletters()
                .subscribe(new Subscription(
                        SubscriptionId.of(id),
                        TestData.NEWSLETTER,
                        address,
                        Optional.empty(),
                        Optional.empty(),
                        Set.of(),
                        new Consent(LocalDate.of(2026, 1, 1), "web form"),
                        SubscriptionStatus.ACTIVE,
                        LocalDate.of(2026, 1, 1)));
    }

    private int issue(int number) {
        return a.newsletters()
                .issue(new NewsletterIssue(
                        MessageId.of("issue-" + number),
                        TestData.NEWSLETTER,
                        number,
                        LocalDate.ofInstant(clock.instant(), clock.getZone()),
                        Set.of(),
                        LocalizedText.en("Issue " + number),
                        LocalizedText.en("News")));
    }

    private SubscriptionStatus status(String id) {
        return store.read(r -> r.subscriptions().subscription(SubscriptionId.of(id)))
                .orElseThrow()
                .status();
    }

    private List<Delivery> deliveries(int number) {
        return a.directory()
                .deliveries(MessageId.of("issue-" + number), PageRequest.first(100))
                .items();
    }

    private static Bounce hard(String reference, String address, Instant at) {
        return new Bounce(address, BounceKind.HARD, at, reference, Optional.empty(), "550 no such user");
    }

    @Test
    void threeIssuesRefusedWith550OnThreeDaysPutEverySubscriptionAtTheAddressOnHold() {
        mailer.hard.add("ann@example.org");
        for (int number = 1; number <= 3; number++) {
            assertThat(issue(number))
                    .as("one mail per address: reader, ann, bob")
                    .isEqualTo(3);
            a.newsletters().deliverPending();
            clock.advance(Duration.ofDays(30));
        }

        AddressStanding ann = a.deliverability().standing("ANN@example.org");
        assertThat(ann.bounceScore()).isEqualTo(3.0);
        assertThat(ann.isHeld()).isTrue();
        assertThat(status("ann-1")).isEqualTo(SubscriptionStatus.BOUNCED);
        assertThat(status("ann-2")).isEqualTo(SubscriptionStatus.BOUNCED);
        assertThat(status("bob-1")).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(a.deliverability().bounces("ann@example.org"))
                .hasSize(3)
                .allSatisfy(bounce -> assertThat(bounce.diagnostic()).isEqualTo("550 5.1.1 no such user"));
        assertThat(deliveries(3))
                .filteredOn(d -> d.address().contains("nn@"))
                .singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED));

        assertThat(issue(4)).as("the held address gets no more issues").isEqualTo(2);
    }

    @Test
    void aBounceCountsOncePerReferenceOnceADayHalfWhenSoftAndFromZeroWhenStale() {
        BounceResult first = a.deliverability().record(hard("r1", "bob@example.org", T0));
        BounceResult again = b.deliverability().record(hard("r1", "bob@example.org", T0.plusSeconds(9)));
        BounceResult sameDay = b.deliverability().record(hard("r2", "bob@example.org", T0.plusSeconds(3_600)));
        BounceResult soft = a.deliverability()
                .record(new Bounce(
                        "Bob@example.org",
                        BounceKind.SOFT,
                        T0.plus(Duration.ofDays(1)),
                        "r3",
                        Optional.empty(),
                        "452"));
        BounceResult stale = a.deliverability().record(hard("r4", "bob@example.org", T0.plus(Duration.ofDays(400))));

        assertThat(first.counted()).isTrue();
        assertThat(first.standing().bounceScore()).isEqualTo(1.0);
        assertThat(again.counted()).isFalse();
        assertThat(sameDay.counted()).isFalse();
        assertThat(soft.standing().bounceScore()).isEqualTo(1.5);
        assertThat(stale.standing().bounceScore()).isEqualTo(1.0);
        assertThat(a.deliverability().bounces("bob@example.org"))
                .extracting(Bounce::reference)
                .containsExactly("r1", "r2", "r3", "r4");
    }

    @Test
    void aSoftBounceRetriedCountsOnceAndABounceOfADeliveryCountsAgainstItsAddress() {
        mailer.soft.add("bob@example.org");
        issue(1);
        a.newsletters().deliverPending();
        assertThat(a.deliverability().standing("bob@example.org").bounceScore())
                .as("a delay is no bounce while the delivery is retried")
                .isZero();
        for (int attempt = 2; attempt <= 5; attempt++) {
            clock.advance(Duration.ofHours(2));
            a.newsletters().deliverPending();
        }

        assertThat(a.deliverability().standing("bob@example.org").bounceScore()).isEqualTo(0.5);
        assertThat(a.deliverability().bounces("bob@example.org")).hasSize(1);
        Delivery toAnn = deliveries(1).stream()
                .filter(d -> d.address().contains("nn@"))
                .findFirst()
                .orElseThrow();
        clock.advance(Duration.ofDays(1));
        BounceResult reported = a.deliverability()
                .record(new Bounce(
                        "someone-else@example.org",
                        BounceKind.HARD,
                        clock.instant(),
                        "dsn-1",
                        Optional.of(toAnn.id()),
                        "5.1.1"));
        assertThat(reported.standing().address()).isEqualTo("ann@example.org");
        assertThat(a.deliverability().standing("someone-else@example.org").bounceScore())
                .isZero();
    }

    @Test
    void nothingGoesToASuppressedAddressNotEvenWhatWasPendingAndLiftingItSendsAgain() {
        issue(1);
        a.deliverability().suppress("BOB@example.org", SuppressionReason.COMPLAINED, "feedback loop");

        assertThat(issue(2)).isEqualTo(2);
        a.newsletters().deliverPending();

        assertThat(deliveries(1))
                .filteredOn(d -> d.address().equals("bob@example.org"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
                    assertThat(d.lastError()).hasValueSatisfying(e -> assertThat(e)
                            .startsWith("the address is on the suppression list (COMPLAINED since"));
                });
        assertThat(a.deliverability().suppressed(Optional.empty(), 10))
                .extracting(AddressStanding::address)
                .containsExactly("bob@example.org");
        a.deliverability().lift("bob@example.org");
        assertThat(issue(3)).isEqualTo(3);
        assertThat(a.deliverability().suppressed(Optional.empty(), 10)).isEmpty();
    }

    @Test
    void aHeldAddressGetsItsRemindersWithAWayBackAndIsSuppressedWhenTheyAreUsedUp() {
        holdAnn();

        assertThat(a.deliverability().remindHeld()).isEqualTo(new ReminderReport(1, 0));
        assertThat(b.deliverability().remindHeld()).as("not due again yet").isEqualTo(new ReminderReport(0, 0));
        a.newsletters().deliverPending();
        OutgoingMail reminder = reminderTo("ann@example.org");
        assertThat(reminder.message().kind()).isEqualTo(MessageKind.NOTICE);
        clock.advance(Duration.ofDays(7));
        assertThat(b.deliverability().remindHeld()).isEqualTo(new ReminderReport(1, 0));
        clock.advance(Duration.ofDays(7));
        assertThat(a.deliverability().remindHeld()).isEqualTo(new ReminderReport(0, 1));
        assertThat(a.deliverability().standing("ann@example.org").suppression())
                .hasValueSatisfying(s -> assertThat(s.reason()).isEqualTo(SuppressionReason.HARD_BOUNCED));

        AddressStanding back = b.deliverability().resumeWith(token(reminder));

        assertThat(back.isHeld()).isFalse();
        assertThat(back.isSuppressed()).isFalse();
        assertThat(back.bounceScore()).isZero();
        assertThat(status("ann-1")).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(status("ann-2")).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void aWayBackRefusesATamperedAnExpiredOrAnUnsubscribeToken() {
        holdAnn();
        a.deliverability().remindHeld();
        a.newsletters().deliverPending();
        String token = token(reminderTo("ann@example.org"));

        assertThatThrownBy(() -> a.deliverability().resumeWith(token + "A"))
                .isInstanceOf(InvalidResumeTokenException.class)
                .hasMessageContaining("not valid");
        String unsubscribe = mailer.accepted.stream()
                .flatMap(m -> m.unsubscribeToken().stream())
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> a.deliverability().resumeWith(unsubscribe))
                .isInstanceOf(InvalidResumeTokenException.class);
        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> a.deliverability().resumeWith(token))
                .isInstanceOf(InvalidResumeTokenException.class)
                .hasMessageContaining("expired");
        assertThat(status("ann-1")).isEqualTo(SubscriptionStatus.BOUNCED);
    }

    @Test
    void onlyTheMailSystemRecordsBouncesAndAPersonCannotSuppressAnAddress() {
        NetworkRuntime person = NetworkRuntime.builder()
                .validator(validator)
                .store(store)
                .actor(Actor.person(org.chemnet.network.organization.PersonId.of("someone")))
                .build();
        try {
            assertThatThrownBy(() -> person.deliverability().record(hard("r", "bob@example.org", T0)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(
                            () -> person.deliverability().suppress("bob@example.org", SuppressionReason.OPTED_OUT, ""))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            person.close();
        }
        assertThatThrownBy(() -> a.deliverability().suppress("not an address", SuppressionReason.OPTED_OUT, ""))
                .isInstanceOfSatisfying(
                        org.chemnet.network.validation.NetworkValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.path())
                                .isEqualTo("address")));
    }

    @Test
    void sixteenNodesReportingOneBounceCountItOnceAndSixteenBouncesOnOneDayCountOne() throws Exception {
        List<Races.Outcome<BounceResult>> same =
                race(a, b, (runtime, i) -> runtime.deliverability().record(hard("same", "bob@example.org", T0)));
        assertThat(successes(same)).hasSize(THREADS);
        assertThat(successes(same)).filteredOn(BounceResult::counted).hasSize(1);

        clock.advance(Duration.ofDays(1));
        Instant day2 = clock.instant();
        List<Races.Outcome<BounceResult>> many =
                race(a, b, (runtime, i) -> runtime.deliverability().record(hard("day2-" + i, "bob@example.org", day2)));
        assertThat(successes(many)).hasSize(THREADS);
        assertThat(successes(many)).filteredOn(BounceResult::counted).hasSize(1);
        assertThat(a.deliverability().standing("bob@example.org").bounceScore()).isEqualTo(2.0);
        assertThat(a.deliverability().bounces("bob@example.org")).hasSize(1 + THREADS);

        List<Races.Outcome<BounceResult>> each = race(a, b, (runtime, i) -> runtime.deliverability()
                .record(hard("each-" + i, "r" + i + "@example.org", day2)));
        assertThat(successes(each)).hasSize(THREADS).allMatch(BounceResult::counted);
    }

    @Test
    void sixteenNodesRemindingAtOnceRecordEachReminderOnce() throws Exception {
        for (int i = 0; i < 4; i++) {
            for (int day = 0; day < 3; day++) {
                a.deliverability()
                        .record(hard("h" + i + "-" + day, "held" + i + "@example.org", T0.plus(Duration.ofDays(day))));
            }
        }
        List<Races.Outcome<ReminderReport>> outcomes =
                race(a, b, (runtime, i) -> runtime.deliverability().remindHeld());

        assertThat(successes(outcomes)).hasSize(THREADS);
        assertThat(successes(outcomes).stream()
                        .mapToInt(ReminderReport::reminded)
                        .sum())
                .isEqualTo(4);
        a.newsletters().deliverPending();
        assertThat(mailer.accepted)
                .filteredOn(m -> m.message().kind() == MessageKind.NOTICE)
                .hasSize(4);
    }

    @Test
    void aComplaintAboutOneOfOurDeliveriesSuppressesItsAddressAndOneAboutAnotherChangesNothing() {
        issue(1);
        Delivery toBob = deliveries(1).stream()
                .filter(d -> d.address().equals("bob@example.org"))
                .findFirst()
                .orElseThrow();

        assertThat(b.deliverability().complaint(toBob.id(), "feedback loop of example.org"))
                .hasValueSatisfying(s -> assertThat(s.suppression())
                        .hasValueSatisfying(x -> assertThat(x.reason()).isEqualTo(SuppressionReason.COMPLAINED)));
        assertThat(a.deliverability().complaint(org.chemnet.network.newsletter.DeliveryId.of("not-ours"), "fbl"))
                .isEmpty();
        assertThat(issue(2)).as("no more issues to bob").isEqualTo(2);
    }

    @Test
    void erasingAPersonDeletesTheBouncesAndStandingAtTheirAddressesButKeepsASuppression() {
        org.chemnet.network.organization.PersonId dan = org.chemnet.network.organization.PersonId.of("dan");
        a.networks()
                .save(new org.chemnet.network.organization.Person(
                        dan, "Dan", Optional.empty(), Optional.of("dan@example.org"), Optional.of("en")));
        a.deliverability().record(hard("dan-1", "Dan@example.org", T0));
        a.deliverability().suppress("dan@example.org", SuppressionReason.OPTED_OUT, "asked by phone");

        org.chemnet.network.organization.PersonId eve = org.chemnet.network.organization.PersonId.of("eve");
        a.networks()
                .save(new org.chemnet.network.organization.Person(
                        eve, "Eve", Optional.empty(), Optional.of("eve@example.org"), Optional.of("en")));
        a.deliverability().record(hard("eve-1", "eve@example.org", T0));

        a.personalData().erase(dan);
        a.personalData().erase(eve);

        assertThat(a.deliverability().bounces("dan@example.org")).isEmpty();
        assertThat(a.deliverability().standing("dan@example.org").isSuppressed())
                .isTrue();
        assertThat(a.deliverability().bounces("eve@example.org")).isEmpty();
        boolean kept = store.read(r -> r.addresses().find("eve@example.org").isPresent());
        assertThat(kept)
                .as("nothing requires the standing of an erased person's address that is not suppressed")
                .isFalse();
    }

    /** Three hard bounces of ann's on three days: her subscriptions on hold. */
    private void holdAnn() {
        issue(1);
        a.newsletters().deliverPending();
        for (int day = 0; day < 3; day++) {
            a.deliverability().record(hard("ann-" + day, "ann@example.org", T0.plus(Duration.ofDays(day))));
        }
        assertThat(status("ann-1")).isEqualTo(SubscriptionStatus.BOUNCED);
    }

    private OutgoingMail reminderTo(String address) {
        return mailer.accepted.stream()
                .filter(m -> m.message().kind() == MessageKind.NOTICE)
                .filter(m -> m.delivery().address().equals(address))
                .reduce((x, y) -> y)
                .orElseThrow();
    }

    private static String token(OutgoingMail reminder) {
        Matcher link = LINK.matcher(reminder.body());
        assertThat(link.find()).as("a link in %s", reminder.body()).isTrue();
        return java.net.URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }
}
