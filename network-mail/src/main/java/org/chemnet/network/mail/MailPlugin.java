package org.chemnet.network.mail;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.spi.NetworkPlugin;
import org.chemnet.network.spi.PluginContext;

/**
 * Contributes an {@link SmtpMailer}: {@code NetworkRuntime.builder().plugin(new MailPlugin(config)).build()}. With a
 * mailer, the runtime also records membership notices for applicants' contacts.
 *
 * <p>It needs a configuration, so it is registered explicitly and not found by {@code discoverPlugins()}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class MailPlugin implements NetworkPlugin {
    private final MailConfig config;
    private SmtpMailer mailer;

    /**
     * Creates the plugin.
     *
     * @param config the server, sender and limits
     */
    public MailPlugin(MailConfig config) {
        this.config = requireNonNull(config, "config");
    }

    @Override
    public String id() {
        return "chemnet-mail";
    }

    @Override
    public synchronized void install(PluginContext context) {
        mailer = new SmtpMailer(config);
        context.mailer(mailer);
    }

    /** Closes the mailer's SMTP connection, if it has one open. */
    @Override
    public synchronized void close() {
        if (mailer != null) {
            mailer.close();
        }
    }
}
