package org.chemnet.network.mail;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apiguardian.api.API;
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.deliverability.Deliverability;
import org.chemnet.network.mail.internal.DeliveryReports;
import org.chemnet.network.validation.NetworkValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailbox where bounces arrive (the envelope sender of the newsletter, or where the server sends its delivery
 * status notifications), read over IMAP with Angus Mail: each delivery status notification of RFC 3464 is read, its
 * bounces are recorded with {@link Deliverability#record(Bounce)}, and the message is deleted. A message that is no
 * such notification (nor a feedback loop report of RFC 5965 complaining about a mail of ours, whose address is then
 * suppressed as complained), or a notification of mail that was not ours (its returned {@code Message-ID} names no delivery),
 * is left, marked as seen, for a person to read: anyone can send a notification, so only one about a delivery of ours
 * counts, and only against that delivery's address. A bounce is dated when its notification was written, never later
 * than now.
 *
 * <p>Run {@link #readInto(Deliverability)} on a schedule, as the outbox is. Two nodes reading one mailbox at once
 * record each bounce once: a bounce is known by its delivery (the {@code Message-ID} of the returned mail) or by the
 * notification's own {@code Message-ID}. Messages are read one at a time, so memory stays bounded however full the
 * mailbox is.
 *
 * <pre>{@code
 * BounceMailbox mailbox = BounceMailbox.imap("imap.example.org", 993, MailboxSecurity.TLS)
 *         .login("bounces@example.org", password);
 * BounceMailboxReport report = mailbox.readInto(runtime.deliverability());
 * }</pre>
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public final class BounceMailbox {
    private static final Logger LOG = LoggerFactory.getLogger(BounceMailbox.class);

    private final String host;
    private final int port;
    private final MailboxSecurity security;
    private final Optional<String> username;
    private final Optional<String> password;
    private final String folder;
    private final Duration timeout;
    private final Clock clock;

    private BounceMailbox(
            String host,
            int port,
            MailboxSecurity security,
            Optional<String> username,
            Optional<String> password,
            String folder,
            Duration timeout,
            Clock clock) {
        this.host = host;
        this.port = port;
        this.security = security;
        this.username = username;
        this.password = password;
        this.folder = folder;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * A bounce mailbox on an IMAP server, its folder {@code INBOX}, a timeout of 30 seconds, no login.
     *
     * @param host the server's host name
     * @param port its port, 1 to 65535
     * @param security how the connection is protected
     * @return the mailbox; never null
     * @throws IllegalArgumentException if the host is blank or the port out of range
     */
    public static BounceMailbox imap(String host, int port, MailboxSecurity security) {
        requireNonNull(host, "host");
        requireNonNull(security, "security");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1 to 65535, but was " + port);
        }
        return new BounceMailbox(
                host,
                port,
                security,
                Optional.empty(),
                Optional.empty(),
                "INBOX",
                Duration.ofSeconds(30),
                Clock.systemUTC());
    }

    /**
     * This mailbox with a login.
     *
     * @param user the user
     * @param secret the password
     * @return a new mailbox; never null
     */
    public BounceMailbox login(String user, String secret) {
        return new BounceMailbox(
                host,
                port,
                security,
                Optional.of(requireNonNull(user, "user")),
                Optional.of(requireNonNull(secret, "secret")),
                folder,
                timeout,
                clock);
    }

    /**
     * This mailbox reading another folder.
     *
     * @param name the folder, such as {@code Bounces}
     * @return a new mailbox; never null
     */
    public BounceMailbox folder(String name) {
        return new BounceMailbox(
                host, port, security, username, password, requireNonNull(name, "folder"), timeout, clock);
    }

    /**
     * This mailbox with another timeout to connect, read and write.
     *
     * @param value the timeout; positive
     * @return a new mailbox; never null
     */
    public BounceMailbox timeout(Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, but was " + value);
        }
        return new BounceMailbox(host, port, security, username, password, folder, value, clock);
    }

    /**
     * This mailbox with another clock. A bounce is dated when its notification was written (its {@code Date}
     * header), else when the mailbox received it, else, by this clock, when it is read.
     *
     * @param value the clock
     * @return a new mailbox; never null
     */
    public BounceMailbox clock(Clock value) {
        return new BounceMailbox(
                host, port, security, username, password, folder, timeout, requireNonNull(value, "clock"));
    }

    /**
     * Reads the mailbox once: records the bounces of every delivery status notification in it and deletes it; leaves
     * every other message, marked as seen.
     *
     * @param deliverability where the bounces go
     * @return what was read; never null
     * @throws DeliveryException if the server cannot be reached, the login is refused or the folder is missing
     */
    public BounceMailboxReport readInto(Deliverability deliverability) {
        requireNonNull(deliverability, "deliverability");
        String protocol = security == MailboxSecurity.TLS ? "imaps" : "imap";
        Session session = Session.getInstance(properties(protocol));
        int read = 0;
        int bounces = 0;
        int complaints = 0;
        int unrecognized = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(host, port, username.orElse(null), password.orElse(null));
            Folder inbox = store.getFolder(folder);
            if (!inbox.exists()) {
                throw new DeliveryException("the bounce mailbox has no folder '" + folder + "'");
            }
            inbox.open(Folder.READ_WRITE);
            try {
                int count = inbox.getMessageCount();
                for (int i = 1; i <= count; i++) {
                    Message message = inbox.getMessage(i);
                    try {
                        if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
                            continue;
                        }
                    } catch (jakarta.mail.MessageRemovedException e) {
                        continue; // another node read and removed it meanwhile
                    }
                    read++;
                    Optional<List<Bounce>> reported = report(message);
                    if (reported.isEmpty() && complaintIn(message, deliverability)) {
                        complaints++;
                        flag(message, Flags.Flag.DELETED);
                        continue;
                    }
                    if (reported.isEmpty()) {
                        unrecognized++;
                        flag(message, Flags.Flag.SEEN);
                        continue;
                    }
                    try {
                        for (Bounce bounce : reported.get()) {
                            deliverability.record(bounce);
                            bounces++;
                        }
                    } catch (NetworkValidationException e) {
                        LOG.info("A delivery status notification names what is not an address: {}", e.getMessage());
                        unrecognized++;
                        flag(message, Flags.Flag.SEEN);
                        continue;
                    }
                    flag(message, Flags.Flag.DELETED);
                }
            } finally {
                inbox.close(true);
            }
        } catch (MessagingException e) {
            throw new DeliveryException(
                    "the bounce mailbox " + protocol + "://" + host + ":" + port + "/" + folder + " could not be read: "
                            + e.getMessage(),
                    e);
        }
        return new BounceMailboxReport(read, bounces, complaints, unrecognized);
    }

    /** Records the complaint of a feedback loop report about a delivery of ours; false if it is none. */
    private static boolean complaintIn(Message message, Deliverability deliverability) {
        Optional<org.chemnet.network.newsletter.DeliveryId> delivery;
        try {
            delivery = DeliveryReports.complaint(message);
        } catch (IOException | MessagingException | IllegalArgumentException e) {
            LOG.info("A message of the bounce mailbox could not be read as a feedback report: {}", e.getMessage());
            return false;
        }
        return delivery.flatMap(d -> deliverability.complaint(d, "feedback loop report"))
                .isPresent();
    }

    /** Sets a flag, unless another node removed the message meanwhile. */
    private static void flag(Message message, Flags.Flag flag) throws MessagingException {
        try {
            message.setFlag(flag, true);
        } catch (jakarta.mail.MessageRemovedException e) {
            LOG.debug("A message of the bounce mailbox was removed by another reader meanwhile");
        }
    }

    /** The bounces of a message, or empty if it is no notification or names no address that is one. */
    private Optional<List<Bounce>> report(Message message) throws MessagingException {
        // When the reporting server wrote the notification (its Date), else when the mailbox got it, else now.
        Instant received = Optional.ofNullable(message.getSentDate())
                .or(() -> {
                    try {
                        return Optional.ofNullable(message.getReceivedDate());
                    } catch (MessagingException e) {
                        return Optional.empty();
                    }
                })
                .map(java.util.Date::toInstant)
                .filter(at -> at.isBefore(clock.instant()))
                .orElseGet(clock::instant); // never later than now: a report dated ahead would hold back real ones
        try {
            Optional<List<Bounce>> bounces = DeliveryReports.read(message, received);
            return bounces.filter(list -> !list.isEmpty());
        } catch (IOException | MessagingException | NetworkValidationException | IllegalArgumentException e) {
            LOG.info(
                    "A message of the bounce mailbox could not be read as a delivery status notification: {}",
                    e.getMessage());
            return Optional.empty();
        }
    }

    private Properties properties(String protocol) {
        Properties p = new Properties();
        String millis = Long.toString(timeout.toMillis());
        p.setProperty("mail." + protocol + ".connectiontimeout", millis);
        p.setProperty("mail." + protocol + ".timeout", millis);
        p.setProperty("mail." + protocol + ".writetimeout", millis);
        if (security == MailboxSecurity.STARTTLS) {
            p.setProperty("mail.imap.starttls.enable", "true");
            p.setProperty("mail.imap.starttls.required", "true");
        }
        if (security != MailboxSecurity.NONE) {
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

    @Override
    public String toString() {
        return "BounceMailbox[" + security + " " + host + ":" + port + "/" + folder
                + username.map(u -> ", user " + u).orElse("") + "]";
    }
}
