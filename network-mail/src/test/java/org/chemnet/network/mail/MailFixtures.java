package org.chemnet.network.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;

/** What the mail tests share: free loopback ports, GreenMail with SMTP and IMAP, readers and issues of the test graph. */
final class MailFixtures {
    private MailFixtures() {}

    /** A port free on 127.0.0.1 now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GreenMail's SMTP and IMAP servers on 127.0.0.1, started. */
    static GreenMail smtpAndImap(int smtpPort, int imapPort) {
        GreenMail mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        mail.start();
        return mail;
    }

    /** An active subscription of no person or organization to the test graph's newsletter, on every topic. */
    static Subscription reader(String id, String address, LocalDate since) {
        return new Subscription(
                SubscriptionId.of(id),
                TestData.NEWSLETTER,
                address,
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                new Consent(since, "web form"),
                SubscriptionStatus.ACTIVE,
                since);
    }

    /** A general issue of the test graph's newsletter. */
    static NewsletterIssue issue(String id, int number, LocalDate day, LocalizedText subject, LocalizedText body) {
        return new NewsletterIssue(MessageId.of(id), TestData.NEWSLETTER, number, day, Set.of(), subject, body);
    }
}
