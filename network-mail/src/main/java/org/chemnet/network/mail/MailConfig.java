package org.chemnet.network.mail;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.mail.internal.HeaderValues;

/**
 * How network-mail reaches the SMTP server and what its mail says about the sender and the way to unsubscribe.
 * Build one with {@link #builder(String, int, String)}; {@link MailConfigBuilder#build()} checks every part and
 * reports all problems at once.
 *
 * @param host the SMTP server's host name or address; never null
 * @param port the SMTP server's port, 1 to 65535
 * @param security how the connection is protected; never null
 * @param username the user to log in as, if the server needs a login; never null
 * @param password the password of that user; never null
 * @param senderAddress the {@code From} address; never null
 * @param senderName the {@code From} name, such as "Network secretariat"; never null
 * @param maxPerSecond the most mails sent per second over one connection; 0 for no limit
 * @param timeout how long to wait to connect, read or write before a try counts as failed; never null
 * @param unsubscribeUrl the one-click unsubscribe address, to which {@code ?token=...} is added; never null
 * @param unsubscribeMailto the address to mail to unsubscribe, for clients without HTTP; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record MailConfig(
        String host,
        int port,
        SmtpSecurity security,
        Optional<String> username,
        Optional<String> password,
        String senderAddress,
        Optional<String> senderName,
        double maxPerSecond,
        Duration timeout,
        Optional<String> unsubscribeUrl,
        Optional<String> unsubscribeMailto) {

    /**
     * Creates a configuration.
     *
     * @throws IllegalArgumentException naming every part that is wrong
     */
    public MailConfig {
        requireNonNull(host, "host");
        requireNonNull(security, "security");
        requireNonNull(username, "username");
        requireNonNull(password, "password");
        requireNonNull(senderAddress, "senderAddress");
        requireNonNull(senderName, "senderName");
        requireNonNull(timeout, "timeout");
        requireNonNull(unsubscribeUrl, "unsubscribeUrl");
        requireNonNull(unsubscribeMailto, "unsubscribeMailto");
        List<String> problems = new ArrayList<>();
        if (host.isBlank() || HeaderValues.hasControlCharacters(host)) {
            problems.add("host must be a host name or address, but was '" + HeaderValues.printable(host) + "'");
        }
        if (port < 1 || port > 65_535) {
            problems.add("port must be 1 to 65535, but was " + port);
        }
        if (username.isPresent() != password.isPresent()) {
            problems.add("username and password must be given together");
        }
        HeaderValues.checkAddress("senderAddress", senderAddress).ifPresent(problems::add);
        senderName.flatMap(n -> HeaderValues.checkText("senderName", n)).ifPresent(problems::add);
        if (!(maxPerSecond >= 0) || Double.isInfinite(maxPerSecond)) {
            problems.add("maxPerSecond must be 0 (no limit) or a positive number, but was " + maxPerSecond);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            problems.add("timeout must be positive, but was " + timeout);
        }
        unsubscribeUrl.ifPresent(u -> {
            if (!(u.startsWith("https://") || u.startsWith("http://"))
                    || HeaderValues.hasControlCharacters(u)
                    || u.contains(" ")
                    || u.contains(">")) {
                problems.add("unsubscribeUrl must be an http or https URL without spaces, but was '"
                        + HeaderValues.printable(u) + "'");
            }
        });
        unsubscribeMailto
                .flatMap(m -> HeaderValues.checkAddress("unsubscribeMailto", m))
                .ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid mail configuration: " + String.join("; ", problems));
        }
    }

    /**
     * Starts a configuration with what every one needs.
     *
     * @param host the SMTP server
     * @param port its port
     * @param senderAddress the {@code From} address
     * @return a builder with plain SMTP, no login, no rate limit and a 30-second timeout; never null
     */
    public static MailConfigBuilder builder(String host, int port, String senderAddress) {
        return new MailConfigBuilder(host, port, senderAddress);
    }

    /**
     * The configuration as text for a log: everything but the password.
     *
     * @return the text; never null
     */
    @Override
    public String toString() {
        return "MailConfig[host=" + host + ", port=" + port + ", security=" + security + ", username="
                + username.orElse("(none)") + ", password=" + (password.isPresent() ? "(set)" : "(none)")
                + ", senderAddress=" + senderAddress + ", maxPerSecond=" + maxPerSecond + ", timeout=" + timeout
                + "]";
    }
}
