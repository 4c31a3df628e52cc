package org.chemnet.network.benchmarks;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.mail.MailConfig;
import org.chemnet.network.mail.SmtpMailer;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.newsletter.MessageId;
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
 * A newsletter to 10,000 subscribers, sent to GreenMail's real SMTP server on 127.0.0.1: ours (issuing the newsletter
 * into the outbox of an in-memory store and delivering it with network-mail's {@link SmtpMailer}: per-recipient
 * language, unsubscribe links and headers, every outcome recorded) against a hand-written Angus Mail loop that sends
 * the same newsletter to every address over one reused connection (the limit), and one that sends the body alone as
 * plain text (the floor; see {@link HandWrittenNewsletter}). One newsletter per iteration;
 * the server's mailboxes are emptied, and every recipient is checked to have received it, between iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class MailBenchmark {
    private static final String SENDER = "secretariat@network.example.org";
    private static final String SENDER_NAME = "化学物質国際対応ネットワーク 事務局";
    private static final String UNSUBSCRIBE_URL = "https://network.example.org/unsubscribe";
    private static final byte[] SECRET =
            "chemnet benchmark unsubscribe secret, 32+ bytes".getBytes(StandardCharsets.UTF_8);

    @Param("10000")
    public int recipients;

    GreenMail server;
    MailConfig config;
    List<Subscription> subscriptions;
    List<String> addresses;
    HandWrittenNewsletter handWritten;
    NetworkRuntime runtime;
    private int issueNumber = 1;

    /** Starts the server and makes the subscriptions. */
    @Setup(Level.Trial)
    public void setUp() {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        config = MailConfig.builder("127.0.0.1", port, SENDER)
                .senderName(SENDER_NAME)
                .unsubscribeUrl(UNSUBSCRIBE_URL)
                .unsubscribeMailto("unsubscribe@network.example.org")
                .build();
        subscriptions = TestData.subscribers(recipients);
        addresses = subscriptions.stream().map(Subscription::address).toList();
        handWritten = new HandWrittenNewsletter("127.0.0.1", port, SENDER, SENDER_NAME, UNSUBSCRIBE_URL, SECRET);
    }

    /** A fresh runtime over a fresh in-memory store, with the network and its subscribers; an empty server. */
    @Setup(Level.Iteration)
    public void freshOutbox() throws FolderException {
        server.purgeEmailFromAllMailboxes();
        InMemoryNetworkStore store = new InMemoryNetworkStore();
        runtime = NetworkRuntime.builder()
                .store(store)
                .mailer(new SmtpMailer(config))
                .unsubscribeSecret(SECRET)
                .build();
        runtime.networks().register(TestData.graph());
        runtime.newsletters().unsubscribe(TestData.subscription().id(), LocalDate.of(2020, 1, 1));
        store.inTransaction(tx -> {
            tx.subscriptions().insertAll(subscriptions);
            return null;
        });
    }

    /** Checks that every subscriber received the newsletter exactly once. */
    @TearDown(Level.Iteration)
    public void check() throws MessagingException {
        runtime.close();
        MimeMessage[] received = server.getReceivedMessages();
        Set<String> addressees = new HashSet<>();
        for (MimeMessage message : received) {
            addressees.add(message.getAllRecipients()[0].toString());
        }
        if (received.length != recipients || addressees.size() != recipients) {
            throw new IllegalStateException(recipients + " mails were to arrive, one for each subscriber, but "
                    + received.length + " did, for " + addressees.size() + " subscribers");
        }
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        server.stop();
    }

    /** The issue sent in every iteration. */
    static NewsletterIssue issue(int number) {
        return new NewsletterIssue(
                MessageId.of("mail-magazine-" + number),
                TestData.NEWSLETTER,
                number,
                LocalDate.of(2020, 6, 30),
                Set.of(),
                LocalizedText.jaEn("メールマガジン 第106号：欧州・ロシア・中国の動向", "Newsletter No. 106"),
                LocalizedText.jaEn(
                        "欧州、ロシア、中国、韓国、台湾、ベトナム、タイの化学物質管理の動向をお届けします。",
                        "News from Europe, Russia, China, Korea, Taiwan, Vietnam and Thailand."));
    }

    /**
     * Ours: issued into the outbox and delivered.
     *
     * @return how many were sent
     */
    @Benchmark
    public int ours() {
        runtime.newsletters().issue(issue(issueNumber++));
        return runtime.newsletters().deliverPending().sent();
    }

    /**
     * The limit: the same newsletter by hand, over one connection.
     *
     * @return how many were sent
     */
    @Benchmark
    public int angusLoop() throws MessagingException {
        NewsletterIssue issue = issue(issueNumber++);
        return handWritten.sendSame(
                addresses,
                issue.subject().values().get("ja"),
                issue.body().values().get("ja"),
                "ja");
    }

    /**
     * The floor: the body alone as plain text, by hand, over one connection.
     *
     * @return how many were sent
     */
    @Benchmark
    public int angusLoopPlainText() throws MessagingException {
        NewsletterIssue issue = issue(issueNumber++);
        return handWritten.sendPlainText(
                addresses,
                issue.subject().values().get("ja"),
                issue.body().values().get("ja"));
    }
}
