package org.chemnet.network.benchmarks;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.chemnet.network.mail.MailConfig;
import org.chemnet.network.mail.SmtpMailer;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.newsletter.Subscription;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Japanese network's mail magazine at twenty times its size: an issue to 100,000 subscribers, in a sending JVM of
 * {@code -Xmx256m}, over a real PostgreSQL (the database two nodes share) to GreenMail's SMTP server on 127.0.0.1 in a
 * JVM of its own ({@link ForkedRelay}). Ours: the issue recorded into the outbox and delivered by network-mail's
 * {@link SmtpMailer} through one runtime, and through two runtimes over the same database delivering at once (each
 * claiming its own batches). The limit: a hand-written Angus Mail loop that sends the same mail to every address over
 * one connection and records nothing ({@link HandWrittenNewsletter}). After every iteration the relay is asked whether
 * every subscriber received exactly one mail.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class MailMagazineBenchmark {
    private static final String SENDER = "secretariat@network.example.org";
    private static final String SENDER_NAME = "化学物質国際対応ネットワーク 事務局";
    private static final String UNSUBSCRIBE_URL = "https://network.example.org/unsubscribe";
    private static final byte[] SECRET =
            "chemnet benchmark unsubscribe secret, 32+ bytes".getBytes(StandardCharsets.UTF_8);

    @Param("100000")
    public int recipients;

    BenchmarkDatabase db;
    ForkedRelay relay;
    List<String> addresses;
    HandWrittenNewsletter handWritten;
    NetworkRuntime first;
    NetworkRuntime second;
    ExecutorService nodes;
    private int issueNumber = 1;

    /** Starts PostgreSQL and the relay, stores the network and its subscribers, and builds the two runtimes. */
    @Setup(Level.Trial)
    public void setUp() {
        db = BenchmarkDatabase.start("postgresql");
        relay = ForkedRelay.start("512m");
        List<Subscription> subscriptions = TestData.subscribers(recipients);
        addresses = subscriptions.stream().map(Subscription::address).toList();
        JdbcNetworkStore store =
                JdbcNetworkStore.create(db.dataSource(), JdbcConfig.defaults().withoutMigration());
        first = runtime(store, "node-1");
        first.networks().register(TestData.graph());
        first.newsletters().unsubscribe(TestData.subscription().id(), LocalDate.of(2020, 1, 1));
        store.inTransaction(tx -> {
            tx.subscriptions().insertAll(subscriptions);
            return null;
        });
        db.analyze();
        second = runtime(
                JdbcNetworkStore.create(db.dataSource(), JdbcConfig.defaults().withoutMigration()), "node-2");
        nodes = Executors.newFixedThreadPool(2);
        handWritten =
                new HandWrittenNewsletter("127.0.0.1", relay.port(), SENDER, SENDER_NAME, UNSUBSCRIBE_URL, SECRET);
    }

    private NetworkRuntime runtime(JdbcNetworkStore store, String node) {
        MailConfig config = MailConfig.builder("127.0.0.1", relay.port(), SENDER)
                .senderName(SENDER_NAME)
                .unsubscribeUrl(UNSUBSCRIBE_URL)
                .unsubscribeMailto("unsubscribe@network.example.org")
                .build();
        return NetworkRuntime.builder()
                .store(store)
                .mailer(new SmtpMailer(config))
                .unsubscribeSecret(SECRET)
                .nodeName(node)
                .build();
    }

    /** Checks that every subscriber received the issue exactly once, and empties the relay. */
    @TearDown(Level.Iteration)
    public void check() {
        relay.expectOneEach(recipients);
    }

    /** Stops the runtimes, the relay and the database. */
    @TearDown(Level.Trial)
    public void tearDown() {
        nodes.shutdownNow();
        first.close();
        second.close();
        relay.close();
        db.close();
    }

    /**
     * Ours: the issue recorded and delivered by one runtime.
     *
     * @return how many were sent
     */
    @Benchmark
    public int oneRuntime() {
        first.newsletters().issue(issue());
        return first.newsletters().deliverPending().sent();
    }

    /**
     * Ours: the issue recorded by one runtime and delivered by two at once.
     *
     * @return how many were sent
     * @throws ExecutionException when a runtime failed
     * @throws InterruptedException when interrupted
     */
    @Benchmark
    public int twoRuntimes() throws ExecutionException, InterruptedException {
        first.newsletters().issue(issue());
        Future<Integer> one =
                nodes.submit(() -> first.newsletters().deliverPending().sent());
        Future<Integer> two =
                nodes.submit(() -> second.newsletters().deliverPending().sent());
        return one.get() + two.get();
    }

    /**
     * The limit: the same mail by hand to every address, over one connection, nothing recorded.
     *
     * @return how many were sent
     * @throws MessagingException when sending fails
     */
    @Benchmark
    public int angusLoop() throws MessagingException {
        NewsletterIssue issue = issue();
        return handWritten.sendSame(
                addresses,
                issue.subject().values().get("ja"),
                issue.body().values().get("ja"),
                "ja");
    }

    private NewsletterIssue issue() {
        return MailBenchmark.issue(issueNumber++);
    }
}
