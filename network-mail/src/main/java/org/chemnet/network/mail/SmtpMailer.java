package org.chemnet.network.mail;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.chemnet.network.deliverability.BounceKind;
import org.chemnet.network.mail.internal.BounceStatus;
import org.chemnet.network.mail.internal.MessageComposer;
import org.chemnet.network.spi.DeliveryOutcome;
import org.chemnet.network.spi.Mailer;
import org.chemnet.network.spi.OutgoingMail;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer port over SMTP, with Jakarta Mail and Eclipse Angus.
 *
 * <p>Mail goes over one connection, reused from mail to mail and from batch to batch, and opened again if the server
 * drops it. A connection idle for more than {@value #KEEP_IDLE_SECONDS} seconds is not reused but opened again, and a
 * mail whose reused connection turns out broken (no SMTP reply, the socket failed) is tried once more on a new one,
 * so that a connection the server closed in between costs no retry. {@link #close()} closes the connection ({@link MailPlugin} does so when the
 * runtime closes); a mailer that is never closed leaves it to the server's idle timeout. Each
 * outcome is reported as soon as the server answers: accepted; refused for good (SMTP 5xx, or a header value that
 * would not be safe); or failed for now (4xx, the server unreachable), which the outbox tries again later. No mail is
 * reported twice and none is skipped. Sending stays under {@link MailConfig#maxPerSecond()}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class SmtpMailer implements Mailer, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

    /** How long an unused connection is kept for the next mail; servers wait at least five minutes (RFC 5321). */
    static final int KEEP_IDLE_SECONDS = 10;

    private final MailConfig config;
    private final Session session;
    private final MessageComposer composer;
    private final long minNanosBetweenMails;

    private long lastSend;
    private Transport transport;
    private long lastUse;

    /**
     * Creates a mailer.
     *
     * @param config the server, sender and limits
     */
    public SmtpMailer(MailConfig config) {
        this.config = requireNonNull(config, "config");
        this.session = Session.getInstance(properties(config));
        this.composer = new MessageComposer(config, session);
        this.minNanosBetweenMails =
                config.maxPerSecond() > 0 ? (long) (TimeUnit.SECONDS.toNanos(1) / config.maxPerSecond()) : 0;
    }

    private static Properties properties(MailConfig config) {
        String protocol = config.security() == SmtpSecurity.SMTPS ? "smtps" : "smtp";
        String timeout = Long.toString(config.timeout().toMillis());
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty("mail." + protocol + ".host", config.host());
        p.setProperty("mail." + protocol + ".port", Integer.toString(config.port()));
        p.setProperty("mail." + protocol + ".connectiontimeout", timeout);
        p.setProperty("mail." + protocol + ".timeout", timeout);
        p.setProperty("mail." + protocol + ".writetimeout", timeout);
        p.setProperty("mail." + protocol + ".from", config.senderAddress());
        p.setProperty(
                "mail." + protocol + ".auth", Boolean.toString(config.username().isPresent()));
        if (config.security() == SmtpSecurity.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (config.security() != SmtpSecurity.NONE) {
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        p.setProperty("mail.mime.charset", "UTF-8");
        return p;
    }

    @Override
    public synchronized void send(List<OutgoingMail> batch, Consumer<DeliveryOutcome> outcomes) {
        if (transport != null && System.nanoTime() - lastUse > TimeUnit.SECONDS.toNanos(KEEP_IDLE_SECONDS)) {
            disconnect();
        }
        for (OutgoingMail mail : batch) {
            MimeMessage message;
            try {
                message = composer.compose(mail);
            } catch (DeliveryException e) {
                outcomes.accept(DeliveryOutcome.failed(mail.delivery().id(), true, e.getMessage()));
                continue;
            }
            outcomes.accept(deliver(mail, message));
        }
    }

    /** Sends one mail, on the open connection if there is one, and says how it went. */
    private DeliveryOutcome deliver(OutgoingMail mail, MimeMessage message) {
        boolean reused = transport != null;
        try {
            if (transport == null) {
                transport = connect();
            }
            pace();
            transport.sendMessage(message, message.getAllRecipients());
            lastUse = System.nanoTime();
            return DeliveryOutcome.sent(mail.delivery().id());
        } catch (MessagingException | IllegalStateException e) {
            Optional<BounceKind> bounce = e instanceof MessagingException m ? bounceOf(m) : Optional.empty();
            boolean permanent = e instanceof MessagingException m && isPermanent(m);
            if (bounce.isPresent()) {
                lastUse = System.nanoTime();
                return DeliveryOutcome.bounced(mail.delivery().id(), bounce.get(), describe(e));
            }
            if (permanent) {
                lastUse = System.nanoTime();
                return DeliveryOutcome.failed(mail.delivery().id(), true, describe(e));
            }
            disconnect();
            if (reused && !(e instanceof MessagingException m && replyCode(m).isPresent())) {
                LOG.debug("The reused SMTP connection failed; trying a new one", e);
                return deliver(mail, message);
            }
            return DeliveryOutcome.failed(mail.delivery().id(), false, describe(e));
        }
    }

    /** Closes the connection, if one is open. The mailer stays usable: the next mail opens a new one. */
    @Override
    public synchronized void close() {
        disconnect();
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.debug("Closing the SMTP connection failed", e);
            }
            transport = null;
        }
    }

    private Transport connect() throws MessagingException {
        Transport transport = session.getTransport();
        if (config.username().isPresent()) {
            transport.connect(
                    config.host(),
                    config.port(),
                    config.username().get(),
                    config.password().orElseThrow());
        } else {
            transport.connect();
        }
        LOG.debug("Connected to SMTP server {}:{}", config.host(), config.port());
        return transport;
    }

    private void pace() {
        if (minNanosBetweenMails == 0) {
            return;
        }
        long wait = lastSend + minNanosBetweenMails - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastSend = System.nanoTime();
    }

    /**
     * Tells whether a failure is for good: an SMTP reply in the 500s to the recipient or the message. Everything
     * else (4xx replies, broken or refused connections) may work later.
     */
    static boolean isPermanent(MessagingException failure) {
        OptionalInt reply = replyCode(failure);
        if (reply.isPresent()) {
            return reply.getAsInt() >= 500;
        }
        return failure instanceof SendFailedException send
                && send.getInvalidAddresses() != null
                && send.getInvalidAddresses().length > 0
                && (send.getValidUnsentAddresses() == null || send.getValidUnsentAddresses().length == 0);
    }

    /**
     * How a failure weighs on the recipient's address, if it is about the recipient ({@link BounceStatus}): the server
     * refused it at {@code RCPT TO}, or refused the message with an enhanced status code of addressing or mailbox
     * (such as {@code 5.1.1} or {@code 4.2.2}). A refusal of the content, of the sender or of relaying, a refused
     * login, or a failed connection says nothing of the address.
     */
    static Optional<BounceKind> bounceOf(MessagingException failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof SMTPAddressFailedException address) {
                return BounceStatus.of(OptionalInt.of(address.getReturnCode()), String.valueOf(address.getMessage()));
            }
            if (e instanceof SMTPSendFailedException send) {
                // after DATA: only an enhanced code can say the refusal was about the mailbox
                return BounceStatus.of(OptionalInt.empty(), String.valueOf(send.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** The server's SMTP reply code to the recipient or the message, if the failure carries one. */
    private static OptionalInt replyCode(MessagingException failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof SMTPAddressFailedException address) {
                return OptionalInt.of(address.getReturnCode());
            }
            if (e instanceof SMTPSendFailedException send) {
                return OptionalInt.of(send.getReturnCode());
            }
        }
        return OptionalInt.empty();
    }

    private static String describe(Exception e) {
        Exception next = e instanceof MessagingException m ? m.getNextException() : null;
        String text = e.getMessage() + (next != null && next != e ? " (" + next.getMessage() + ")" : "");
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
