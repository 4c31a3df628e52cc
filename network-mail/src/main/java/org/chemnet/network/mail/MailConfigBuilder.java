package org.chemnet.network.mail;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Builds a {@link MailConfig}. Setters reject null; {@link #build()} checks the rest and reports every problem.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class MailConfigBuilder {
    private final String host;
    private final int port;
    private final String senderAddress;
    private SmtpSecurity security = SmtpSecurity.NONE;
    private Optional<String> username = Optional.empty();
    private Optional<String> password = Optional.empty();
    private Optional<String> senderName = Optional.empty();
    private double maxPerSecond;
    private Duration timeout = Duration.ofSeconds(30);
    private Optional<String> unsubscribeUrl = Optional.empty();
    private Optional<String> unsubscribeMailto = Optional.empty();

    MailConfigBuilder(String host, int port, String senderAddress) {
        this.host = requireNonNull(host, "host");
        this.port = port;
        this.senderAddress = requireNonNull(senderAddress, "senderAddress");
    }

    /**
     * Protects the connection.
     *
     * @param value STARTTLS or SMTPS
     * @return this builder
     */
    public MailConfigBuilder security(SmtpSecurity value) {
        this.security = requireNonNull(value, "security");
        return this;
    }

    /**
     * Logs in to the server.
     *
     * @param user the user
     * @param secret the password
     * @return this builder
     */
    public MailConfigBuilder credentials(String user, String secret) {
        this.username = Optional.of(user);
        this.password = Optional.of(secret);
        return this;
    }

    /**
     * Names the sender.
     *
     * @param name the {@code From} name
     * @return this builder
     */
    public MailConfigBuilder senderName(String name) {
        this.senderName = Optional.of(name);
        return this;
    }

    /**
     * Limits the rate of sending.
     *
     * @param value the most mails per second; 0 for no limit
     * @return this builder
     */
    public MailConfigBuilder maxPerSecond(double value) {
        this.maxPerSecond = value;
        return this;
    }

    /**
     * Sets the connect, read and write timeout.
     *
     * @param value the timeout
     * @return this builder
     */
    public MailConfigBuilder timeout(Duration value) {
        this.timeout = requireNonNull(value, "timeout");
        return this;
    }

    /**
     * Sets the one-click unsubscribe address (RFC 8058).
     *
     * @param url an http or https URL; {@code token=...} is added as a query parameter
     * @return this builder
     */
    public MailConfigBuilder unsubscribeUrl(String url) {
        this.unsubscribeUrl = Optional.of(url);
        return this;
    }

    /**
     * Sets the address to mail to unsubscribe.
     *
     * @param address an e-mail address
     * @return this builder
     */
    public MailConfigBuilder unsubscribeMailto(String address) {
        this.unsubscribeMailto = Optional.of(address);
        return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration; never null
     * @throws IllegalArgumentException naming every part that is wrong
     */
    public MailConfig build() {
        return new MailConfig(
                host,
                port,
                security,
                username,
                password,
                senderAddress,
                senderName,
                maxPerSecond,
                timeout,
                unsubscribeUrl,
                unsubscribeMailto);
    }
}
