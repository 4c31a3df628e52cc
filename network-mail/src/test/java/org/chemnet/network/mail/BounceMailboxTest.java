package org.chemnet.network.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.deliverability.BounceKind;
import org.chemnet.network.deliverability.SuppressionReason;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bounces read over IMAP from GreenMail's real mailbox on 127.0.0.1: the delivery status notifications of mail the
 * runtime sent through GreenMail's SMTP server count against the addresses they name, once however often they are
 * read; other mail stays in the mailbox. And which SMTP replies are bounces.
 */
class BounceMailboxTest {
    private static final Session SESSION = Session.getInstance(new Properties());

    private GreenMail mail;
    private GreenMailUser bounces;
    private NetworkRuntime runtime;
    private int imapPort;

    @BeforeEach
    void start() {
        int smtpPort = MailFixtures.freePort();
        imapPort = MailFixtures.freePort();
        mail = MailFixtures.smtpAndImap(smtpPort, imapPort);
        bounces = mail.setUser("bounces@network.example.org", "bounces", "bounce-secret");
        MailConfig config = MailConfig.builder("127.0.0.1", smtpPort, "secretariat@network.example.org")
                .timeout(Duration.ofSeconds(5))
                .build();
        runtime = NetworkRuntime.builder().plugin(new MailPlugin(config)).build();
        runtime.networks().register(TestData.graph());
        for (String reader : List.of("ann", "bob", "cid")) {
            runtime.newsletters()
                    .subscribe(MailFixtures.reader(reader, reader + "@example.org", LocalDate.of(2026, 1, 1)));
        }
        runtime.newsletters()
                .issue(MailFixtures.issue(
                        "issue-1", 1, LocalDate.of(2026, 3, 1), LocalizedText.en("Issue 1"), LocalizedText.en("News")));
        assertThat(runtime.newsletters().deliverPending().sent()).isEqualTo(4);
    }

    @AfterEach
    void stop() {
        runtime.close();
        mail.stop();
    }

    private String messageIdTo(String address) throws Exception {
        for (MimeMessage received : mail.getReceivedMessages()) {
            jakarta.mail.Address[] to = received.getRecipients(jakarta.mail.Message.RecipientType.TO);
            if (to != null
                    && to[0].toString().contains(address)
                    && received.getMessageID().contains("@network.")) {
                return received.getMessageID();
            }
        }
        throw new AssertionError("nothing was sent to " + address);
    }

    /** A notification as Postfix writes one: human text, the status fields, the returned message's headers. */
    private static MimeMessage notification(
            String id, String recipient, String action, String status, String returnedMessageId) throws Exception {
        String raw = String.join(
                "\r\n",
                "From: MAILER-DAEMON@mx.example.org",
                "To: bounces@network.example.org",
                "Subject: Undelivered Mail Returned to Sender",
                "Message-ID: <" + id + "@mx.example.org>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"",
                "",
                "--B",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "I'm sorry to have to inform you that your message could not be delivered.",
                "",
                "--B",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; mx.example.org",
                "Arrival-Date: Sun, 1 Mar 2026 09:00:00 +0900",
                "",
                "Final-Recipient: rfc822; " + recipient,
                "Original-Recipient: rfc822;" + recipient,
                "Action: " + action,
                "Status: " + status,
                "Diagnostic-Code: smtp; 550 5.1.1 <" + recipient + ">: Recipient address rejected:",
                "    User unknown in virtual mailbox table",
                "",
                "--B",
                "Content-Type: text/rfc822-headers",
                "",
                "From: secretariat@network.example.org",
                "To: " + recipient,
                "Subject: Issue 1",
                "Message-ID: " + returnedMessageId,
                "",
                "--B--",
                "");
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }

    private static MimeMessage plain(String subject) throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress("ann@example.org"));
        message.setSubject(subject);
        message.setText("I am away until Monday.");
        message.saveChanges();
        return message;
    }

    private BounceMailbox mailbox() {
        return BounceMailbox.imap("127.0.0.1", imapPort, MailboxSecurity.NONE)
                .login("bounces", "bounce-secret")
                .timeout(Duration.ofSeconds(5));
    }

    @Test
    void readsTheNotificationsOfItsOwnMailCountsEachOnceAndLeavesTheRest() throws Exception {
        bounces.deliver(notification("n1", "ann@example.org", "failed", "5.1.1", messageIdTo("ann@example.org")));
        bounces.deliver(notification("n2", "bob@example.org", "delayed", "4.2.2", messageIdTo("bob@example.org")));
        bounces.deliver(notification("n3", "cid@example.org", "delivered", "2.0.0", messageIdTo("cid@example.org")));
        bounces.deliver(notification("n4", "not an address", "failed", "5.1.1", "<unknown@elsewhere>"));
        bounces.deliver(plain("Out of office"));

        BounceMailboxReport first = mailbox().readInto(runtime.deliverability());

        assertThat(first).isEqualTo(new BounceMailboxReport(5, 2, 0, 3));
        AddressStanding ann = runtime.deliverability().standing("ann@example.org");
        assertThat(ann.bounceScore()).isEqualTo(1.0);
        assertThat(runtime.deliverability().standing("bob@example.org").bounceScore())
                .isEqualTo(0.5);
        assertThat(runtime.deliverability().standing("cid@example.org").bounceScore())
                .isZero();
        assertThat(runtime.deliverability().bounces("ann@example.org"))
                .singleElement()
                .satisfies(bounce -> {
                    assertThat(bounce.kind()).isEqualTo(BounceKind.HARD);
                    assertThat(bounce.delivery()).isPresent();
                    assertThat(bounce.diagnostic())
                            .isEqualTo("550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown in"
                                    + " virtual mailbox table");
                });

        bounces.deliver(notification("n1-again", "ann@example.org", "failed", "5.1.1", messageIdTo("ann@example.org")));
        BounceMailboxReport second = mailbox().readInto(runtime.deliverability());

        assertThat(second)
                .as("the unrecognized stay; the notification read again")
                .isEqualTo(new BounceMailboxReport(4, 1, 0, 3));
        assertThat(runtime.deliverability().standing("ann@example.org").bounceScore())
                .isEqualTo(1.0);
        assertThat(runtime.deliverability().bounces("ann@example.org")).hasSize(1);
    }

    /** A feedback loop report as a mailbox provider writes one (RFC 5965). */
    private static MimeMessage complaint(String id, String feedbackType, String returnedMessageId) throws Exception {
        String raw = String.join(
                "\r\n",
                "From: fbl@provider.example",
                "To: bounces@network.example.org",
                "Subject: FW: Issue 1",
                "Message-ID: <" + id + "@provider.example>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=feedback-report; boundary=\"F\"",
                "",
                "--F",
                "Content-Type: text/plain",
                "",
                "This is an email abuse report.",
                "--F",
                "Content-Type: message/feedback-report",
                "",
                "Feedback-Type: " + feedbackType,
                "User-Agent: ProviderFBL/1.0",
                "Version: 1",
                "",
                "--F",
                "Content-Type: text/rfc822-headers",
                "",
                "From: secretariat@network.example.org",
                "Message-ID: " + returnedMessageId,
                "",
                "--F--",
                "");
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aFeedbackReportAboutOurMailSuppressesItsAddressAsComplainedAndOthersStay() throws Exception {
        bounces.deliver(complaint("c1", "abuse", messageIdTo("cid@example.org")));
        bounces.deliver(complaint("c2", "abuse", "<not-ours@elsewhere.example>"));
        bounces.deliver(complaint("c3", "not-spam", messageIdTo("bob@example.org")));

        BounceMailboxReport report = mailbox().readInto(runtime.deliverability());

        assertThat(report).isEqualTo(new BounceMailboxReport(3, 0, 1, 2));
        assertThat(runtime.deliverability().standing("cid@example.org").suppression())
                .hasValueSatisfying(s -> {
                    assertThat(s.reason()).isEqualTo(SuppressionReason.COMPLAINED);
                    assertThat(s.note()).contains("feedback loop report");
                });
        assertThat(runtime.deliverability().standing("bob@example.org").isSuppressed())
                .isFalse();
        assertThat(mailbox().readInto(runtime.deliverability())).isEqualTo(new BounceMailboxReport(2, 0, 0, 2));
    }

    @Test
    void aMailboxThatCannotBeReadSaysWhichAndWhy() {
        BounceMailbox wrongLogin = BounceMailbox.imap("127.0.0.1", imapPort, MailboxSecurity.NONE)
                .login("bounces", "wrong")
                .timeout(Duration.ofSeconds(5));
        assertThatThrownBy(() -> wrongLogin.readInto(runtime.deliverability()))
                .isInstanceOf(DeliveryException.class)
                .hasMessageStartingWith("the bounce mailbox imap://127.0.0.1:" + imapPort + "/INBOX could not be read");
        assertThatThrownBy(() -> mailbox().folder("Bounces").readInto(runtime.deliverability()))
                .isInstanceOf(DeliveryException.class)
                .hasMessage("the bounce mailbox has no folder 'Bounces'");
        assertThatThrownBy(() -> BounceMailbox.imap("127.0.0.1", 0, MailboxSecurity.TLS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port must be 1 to 65535, but was 0");
    }

    @Test
    void aRecipientRefusedIsABounceAndARefusedMessageOrConnectionIsNot() throws Exception {
        InternetAddress ann = new InternetAddress("ann@example.org");
        assertThat(SmtpMailer.bounceOf(new SMTPAddressFailedException(ann, "RCPT TO", 550, "5.1.1 no such user")))
                .contains(BounceKind.HARD);
        assertThat(SmtpMailer.bounceOf(new SMTPAddressFailedException(ann, "RCPT TO", 452, "4.2.2 mailbox full")))
                .contains(BounceKind.SOFT);
        assertThat(SmtpMailer.bounceOf(
                        new SMTPSendFailedException("DATA", 552, "552 5.2.2 mailbox full", null, null, null, null)))
                .as("a full mailbox may empty")
                .contains(BounceKind.SOFT);
        assertThat(SmtpMailer.bounceOf(new SMTPAddressFailedException(ann, "RCPT TO", 550, "5.1.10 null MX")))
                .contains(BounceKind.HARD);
        assertThat(SmtpMailer.bounceOf(
                        new SMTPAddressFailedException(ann, "RCPT TO", 554, "5.7.1 Relay access denied")))
                .as("our own relay settings, not the address")
                .isEmpty();
        assertThat(SmtpMailer.bounceOf(new SMTPAddressFailedException(ann, "RCPT TO", 450, "4.7.1 greylisted")))
                .isEmpty();
        assertThat(SmtpMailer.bounceOf(new SMTPAddressFailedException(ann, "RCPT TO", 550, "no such user")))
                .as("no enhanced code: by the reply")
                .contains(BounceKind.HARD);
        assertThat(SmtpMailer.bounceOf(
                        new SMTPSendFailedException("DATA", 552, "552 5.3.4 message too big", null, null, null, null)))
                .isEmpty();
        assertThat(SmtpMailer.bounceOf(
                        new SMTPSendFailedException("DATA", 554, "554 5.7.1 spam", null, null, null, null)))
                .isEmpty();
        assertThat(SmtpMailer.bounceOf(new jakarta.mail.MessagingException("Connection refused")))
                .isEmpty();
        assertThat(Bounce.ofDelivery(
                                org.chemnet.network.newsletter.DeliveryId.of("d1"),
                                "ann@example.org",
                                BounceKind.HARD,
                                java.time.Instant.EPOCH,
                                "550\r\n  no such\tuser\u0000")
                        .diagnostic())
                .isEqualTo("550 no such user");
    }
}
