package org.chemnet.network.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.chemnet.network.MutableClock;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.deliverability.ReminderReport;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Japanese network's mail magazine as it goes out for real: 5,000 subscribers, three issues a month apart through
 * GreenMail's SMTP server behind a recipient policy that refuses 2% of the addresses with {@code 550 5.1.1}, and 1%
 * of the mails accepted but bounced later by a delivery status notification that arrives in the bounce mailbox,
 * read over GreenMail's IMAP. After the third issue those 150 addresses are on hold, the fourth issue records no
 * delivery to them, and each gets one reminder; every other subscriber got exactly one mail per issue.
 */
class MailMagazineScenarioTest {
    private static final int SUBSCRIBERS = 5_000;
    private static final Session SESSION = Session.getInstance(new Properties());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T01:00:00Z"));
    private GreenMail mail;
    private GreenMailUser bounceUser;
    private RecipientPolicy policy;
    private NetworkRuntime runtime;
    private int imapPort;
    private final Set<String> refused = new TreeSet<>();
    private final Set<String> bouncedLater = new TreeSet<>();

    private static String address(int i) {
        return String.format("reader%04d@example.jp", i);
    }

    @BeforeEach
    void start() {
        int smtpPort = MailFixtures.freePort();
        imapPort = MailFixtures.freePort();
        mail = MailFixtures.smtpAndImap(smtpPort, imapPort);
        bounceUser = mail.setUser("bounces@network.example.org", "bounces", "bounce-secret");
        for (int i = 0; i < SUBSCRIBERS; i++) {
            if (i % 50 == 7) {
                refused.add(address(i)); // 2%: no such user
            } else if (i % 100 == 31) {
                bouncedLater.add(address(i)); // 1%: accepted, then a notification
            }
        }
        policy = new RecipientPolicy(smtpPort, refused);
        MailConfig config = MailConfig.builder("127.0.0.1", policy.port(), "secretariat@network.example.org")
                .timeout(Duration.ofSeconds(10))
                .unsubscribeUrl("https://network.example.org/unsubscribe")
                .build();
        runtime = NetworkRuntime.builder()
                .clock(clock)
                .unsubscribeSecret("a secret of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8))
                .plugin(new MailPlugin(config))
                .build();
        runtime.networks().register(TestData.graph());
        for (int i = 0; i < SUBSCRIBERS; i++) {
            runtime.newsletters()
                    .subscribe(new Subscription(
                            SubscriptionId.of(String.format("sub-%04d", i)),
                            TestData.NEWSLETTER,
                            address(i),
                            Optional.empty(),
                            Optional.empty(),
                            Set.of(),
                            new Consent(LocalDate.of(2025, 4, 1), "seminar sign-up sheet"),
                            SubscriptionStatus.ACTIVE,
                            LocalDate.of(2025, 4, 1)));
        }
    }

    @AfterEach
    void stop() {
        runtime.close();
        policy.close();
        mail.stop();
    }

    private int issue(int number) {
        return runtime.newsletters()
                .issue(new NewsletterIssue(
                        MessageId.of("magazine-" + number),
                        TestData.NEWSLETTER,
                        number,
                        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                        Set.of(),
                        LocalizedText.jaEn("メールマガジン 第" + number + "号", "Mail magazine No. " + number),
                        LocalizedText.jaEn("今号の話題", "In this issue")));
    }

    /** What GreenMail received of an issue, by recipient, as counts. */
    private Map<String, Integer> receivedOf(int number) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage received : mail.getReceivedMessages()) {
            if (isOf(received, number)) {
                counts.merge(received.getRecipients(Message.RecipientType.TO)[0].toString(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean isOf(MimeMessage received, int number) throws jakarta.mail.MessagingException {
        String subject = String.valueOf(received.getSubject());
        return subject.endsWith("No. " + number) || subject.endsWith("第" + number + "号");
    }

    /** A notification of a mail accepted and bounced later, dated now by the clock, into the bounce mailbox. */
    private void notifyBounced(String recipient, String messageId, int number) throws Exception {
        String raw = String.join(
                "\r\n",
                "From: MAILER-DAEMON@mx.example.jp",
                "To: bounces@network.example.org",
                "Date: " + new MailDateFormat().format(Date.from(clock.instant().plusSeconds(600))),
                "Subject: Undelivered Mail Returned to Sender",
                "Message-ID: <dsn-" + number + "-" + recipient.replace('@', '.') + "@mx.example.jp>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"",
                "",
                "--B",
                "Content-Type: text/plain",
                "",
                "Your message could not be delivered.",
                "--B",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; mx.example.jp",
                "",
                "Final-Recipient: rfc822; " + recipient,
                "Action: failed",
                "Status: 5.2.1",
                "Diagnostic-Code: smtp; 550 5.2.1 mailbox disabled",
                "",
                "--B",
                "Content-Type: text/rfc822-headers",
                "",
                "Message-ID: " + messageId,
                "",
                "--B--",
                "");
        bounceUser.deliver(new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void threeIssuesPutTheDeadAddressesOnHoldAndEveryOtherReaderGetsEachIssueOnce() throws Exception {
        int everyone = SUBSCRIBERS + 1; // and the test graph's own reader
        for (int number = 1; number <= 3; number++) {
            assertThat(issue(number)).isEqualTo(everyone);
            assertThat(runtime.newsletters().deliverPending().sent()).isEqualTo(everyone - refused.size());

            Map<String, Integer> received = receivedOf(number);
            assertThat(received).hasSize(everyone - refused.size()).allSatisfy((to, n) -> assertThat(n)
                    .isOne());
            assertThat(received.keySet()).doesNotContainAnyElementsOf(refused);
            List<MimeMessage> toBounce = new ArrayList<>();
            for (MimeMessage received1 : mail.getReceivedMessages()) {
                String to = received1.getRecipients(Message.RecipientType.TO)[0].toString();
                if (bouncedLater.contains(to) && isOf(received1, number)) {
                    toBounce.add(received1);
                }
            }
            assertThat(toBounce).hasSize(bouncedLater.size());
            for (MimeMessage bounced : toBounce) {
                notifyBounced(
                        bounced.getRecipients(Message.RecipientType.TO)[0].toString(), bounced.getMessageID(), number);
            }
            BounceMailboxReport report = BounceMailbox.imap("127.0.0.1", imapPort, MailboxSecurity.NONE)
                    .login("bounces", "bounce-secret")
                    .clock(clock)
                    .readInto(runtime.deliverability());
            assertThat(report).isEqualTo(new BounceMailboxReport(bouncedLater.size(), bouncedLater.size(), 0, 0));
            clock.advance(Duration.ofDays(30));
        }

        for (String dead : refused) {
            AddressStanding standing = runtime.deliverability().standing(dead);
            assertThat(standing.bounceScore()).isEqualTo(3.0);
            assertThat(standing.isHeld()).isTrue();
        }
        for (String dead : bouncedLater) {
            assertThat(runtime.deliverability().standing(dead).isHeld()).isTrue();
        }
        assertThat(runtime.deliverability().standing(address(0)).bounceScore()).isZero();
        int held = refused.size() + bouncedLater.size();
        assertThat(held).isEqualTo(SUBSCRIBERS * 3 / 100);

        assertThat(issue(4)).isEqualTo(everyone - held);
        Set<String> fourth = new TreeSet<>();
        org.chemnet.network.kernel.PageRequest request = org.chemnet.network.kernel.PageRequest.first(1_000);
        while (true) {
            org.chemnet.network.kernel.Page<org.chemnet.network.newsletter.Delivery> page =
                    runtime.directory().deliveries(MessageId.of("magazine-4"), request);
            page.items().forEach(d -> fourth.add(d.address()));
            if (page.next().isEmpty()) {
                break;
            }
            request = request.after(page.next().get());
        }
        assertThat(fourth)
                .hasSize(everyone - held)
                .doesNotContainAnyElementsOf(refused)
                .doesNotContainAnyElementsOf(bouncedLater);

        assertThat(runtime.deliverability().remindHeld()).isEqualTo(new ReminderReport(held, 0));
        assertThat(runtime.deliverability().remindHeld()).isEqualTo(new ReminderReport(0, 0));
    }
}
