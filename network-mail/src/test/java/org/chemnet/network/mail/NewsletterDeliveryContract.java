package org.chemnet.network.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.chemnet.network.MutableClock;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.newsletter.DispatchReport;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.newsletter.OutboxSettings;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.spi.Mailer;
import org.chemnet.network.spi.NetworkStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A newsletter sent through the outbox to GreenMail's real SMTP server reaches every subscriber exactly once, on
 * every store. Subclasses say which store.
 */
abstract class NewsletterDeliveryContract {
    static final int RECIPIENTS = 1_000;
    static final byte[] SECRET = "chemnet test unsubscribe secret, 32+ bytes".getBytes(StandardCharsets.UTF_8);

    /** A fresh store; the same store again after {@link #reopen()} (for durable stores). */
    abstract NetworkStore store();

    /** The store as a new process would find it after a crash. */
    abstract NetworkStore reopen();

    final MutableClock clock = new MutableClock(Instant.parse("2020-06-30T09:00:00Z"));
    LoopbackSmtp smtp;

    @BeforeEach
    void startServer() {
        smtp = new LoopbackSmtp();
    }

    @AfterEach
    void stopServer() {
        smtp.close();
    }

    /** The store of each runtime made, for the bulk subscriptions a test sets up (hosts have no store). */
    private static final Map<NetworkRuntime, NetworkStore> STORES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    NetworkRuntime runtime(NetworkStore store, Mailer mailer) {
        NetworkRuntime runtime = NetworkRuntime.builder()
                .store(store)
                .mailer(mailer)
                .clock(clock)
                .unsubscribeSecret(SECRET)
                .outbox(new OutboxSettings(50, 5, Duration.ofMinutes(1), Duration.ofMinutes(10)))
                .build();
        STORES.put(runtime, store);
        return runtime;
    }

    static void subscribeMany(NetworkRuntime runtime) {
        subscribeMany(runtime, RECIPIENTS);
    }

    static void subscribeMany(NetworkRuntime runtime, int count) {
        runtime.networks().register(TestData.graph());
        runtime.newsletters().unsubscribe(TestData.subscription().id(), LocalDate.of(2020, 1, 1));
        List<Subscription> subscriptions = TestData.subscribers(count);
        STORES.get(runtime).inTransaction(tx -> {
            tx.subscriptions().insertAll(subscriptions);
            return null;
        });
    }

    static NewsletterIssue issue() {
        return new NewsletterIssue(
                MessageId.of("mail-magazine-106"),
                TestData.NEWSLETTER,
                106,
                LocalDate.of(2020, 6, 30),
                Set.of(),
                LocalizedText.jaEn("メールマガジン 第106号：欧州・ロシア・中国の動向", "Newsletter No. 106"),
                LocalizedText.jaEn(
                        "欧州、ロシア、中国、韓国、台湾、ベトナム、タイの化学物質管理の動向をお届けします。\n\n<b>REACH</b> & RoHS",
                        "News from Europe, Russia, China, Korea, Taiwan, Vietnam and Thailand."));
    }

    static Map<String, Long> perRecipient(List<MimeMessage> received) {
        return received.stream().collect(Collectors.groupingBy(LoopbackSmtp::recipient, Collectors.counting()));
    }

    @Test
    void aThousandRecipientNewsletterArrivesExactlyOnceEach() {
        try (NetworkRuntime runtime = runtime(store(), new SmtpMailer(smtp.config()))) {
            subscribeMany(runtime);
            assertThat(runtime.newsletters().issue(issue())).isEqualTo(RECIPIENTS);

            DispatchReport report = runtime.newsletters().deliverPending();

            assertThat(report).isEqualTo(new DispatchReport(RECIPIENTS, 0, 0));
            Map<String, Long> counts = perRecipient(smtp.received());
            assertThat(counts).hasSize(RECIPIENTS);
            assertThat(counts.values()).containsOnly(1L);
            assertThat(runtime.newsletters().deliverPending()).isEqualTo(new DispatchReport(0, 0, 0));
            assertThat(smtp.received()).hasSize(RECIPIENTS);
        }
    }

    @Test
    void theServerStoppedInTheMiddleAndStartedAgainStillGivesExactlyOnce() {
        SmtpMailer smtpMailer = new SmtpMailer(smtp.config());
        int[] seen = {0};
        Mailer stopsTheServerHalfway = (batch, outcomes) -> smtpMailer.send(batch, outcome -> {
            outcomes.accept(outcome);
            if (++seen[0] == 430) {
                smtp.stop();
            }
        });
        try (NetworkRuntime runtime = runtime(store(), stopsTheServerHalfway)) {
            subscribeMany(runtime);
            runtime.newsletters().issue(issue());

            DispatchReport first = runtime.newsletters().deliverPending();

            assertThat(first.sent()).isEqualTo(430);
            assertThat(first.retrying()).isEqualTo(RECIPIENTS - 430);
            smtp.start();
            clock.advance(Duration.ofMinutes(1));
            DispatchReport second = runtime.newsletters().deliverPending();

            assertThat(second).isEqualTo(new DispatchReport(RECIPIENTS - 430, 0, 0));
            Map<String, Long> counts = perRecipient(smtp.received());
            assertThat(counts).hasSize(RECIPIENTS);
            assertThat(counts.values()).containsOnly(1L);
        }
    }

    @Test
    void aCrashInTheMiddleIsResumedWithoutSendingAnythingTwice() {
        SmtpMailer smtpMailer = new SmtpMailer(smtp.config());
        int[] seen = {0};
        Mailer crashesHalfway = (batch, outcomes) -> smtpMailer.send(batch, outcome -> {
            outcomes.accept(outcome);
            if (++seen[0] == 250) {
                throw new SimulatedCrash();
            }
        });
        NetworkRuntime first = runtime(store(), crashesHalfway);
        subscribeMany(first);
        first.newsletters().issue(issue());
        try {
            first.newsletters().deliverPending();
        } catch (SimulatedCrash expected) {
            // the process died here; what the store recorded is all that is left
        }
        assertThat(smtp.received()).hasSize(250);

        try (NetworkRuntime resumed = runtime(reopen(), new SmtpMailer(smtp.config()))) {
            DispatchReport report = resumed.newsletters().deliverPending();

            assertThat(report.sent()).isEqualTo(RECIPIENTS - 250);
            Map<String, Long> counts = perRecipient(smtp.received());
            assertThat(counts).hasSize(RECIPIENTS);
            assertThat(counts.values()).containsOnly(1L);
        }
    }

    @Test
    void twoNodesSendingOneTenThousandRecipientIssueAtOnceSendEveryMailOnce() throws Exception {
        int recipients = 10_000;
        try (NetworkRuntime one = runtime(store(), new SmtpMailer(smtp.config()));
                NetworkRuntime other = runtime(reopen(), new SmtpMailer(smtp.config()))) {
            subscribeMany(one, recipients);
            one.newsletters().issue(issue());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                Future<DispatchReport> first = pool.submit(() -> {
                    start.await();
                    return one.newsletters().deliverPending();
                });
                Future<DispatchReport> second = pool.submit(() -> {
                    start.await();
                    return other.newsletters().deliverPending();
                });
                start.countDown();
                DispatchReport a = first.get(5, TimeUnit.MINUTES);
                DispatchReport b = second.get(5, TimeUnit.MINUTES);

                assertThat(a.sent() + b.sent()).isEqualTo(recipients);
                assertThat(a.failed() + b.failed() + a.retrying() + b.retrying())
                        .isZero();
                assertThat(a.sent()).as("the first node's share").isPositive();
                assertThat(b.sent()).as("the second node's share").isPositive();
            } finally {
                pool.shutdownNow();
            }
            Map<String, Long> counts = perRecipient(smtp.received());
            assertThat(counts).hasSize(recipients);
            assertThat(counts.values()).containsOnly(1L);
        }
    }

    @Test
    void aNodeThatDiesMidBatchLeavesTheRestOfItToAnotherOnceItsLeaseRunsOut() {
        SmtpMailer smtpMailer = new SmtpMailer(smtp.config());
        int[] seen = {0};
        Mailer crashesMidBatch = (batch, outcomes) -> smtpMailer.send(batch, outcome -> {
            outcomes.accept(outcome);
            if (++seen[0] == 230) {
                throw new SimulatedCrash();
            }
        });
        NetworkRuntime dying = runtime(store(), crashesMidBatch);
        subscribeMany(dying);
        dying.newsletters().issue(issue());
        try {
            dying.newsletters().deliverPending();
        } catch (SimulatedCrash expected) {
            // the node died with 20 mails of its fifth batch of 50 claimed but not sent
        }
        assertThat(smtp.received()).hasSize(230);

        try (NetworkRuntime other = runtime(reopen(), new SmtpMailer(smtp.config()))) {
            DispatchReport whileLeased = other.newsletters().deliverPending();

            assertThat(whileLeased.sent()).isEqualTo(RECIPIENTS - 250);
            assertThat(smtp.received()).hasSize(RECIPIENTS - 20);

            clock.advance(OutboxSettings.DEFAULT_LEASE.plusSeconds(1));
            DispatchReport afterTheLease = other.newsletters().deliverPending();

            assertThat(afterTheLease.sent()).isEqualTo(20);
            Map<String, Long> counts = perRecipient(smtp.received());
            assertThat(counts).hasSize(RECIPIENTS);
            assertThat(counts.values()).containsOnly(1L);
        }
    }

    /** What a process dying in the middle of a send looks like to the code around it. */
    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
