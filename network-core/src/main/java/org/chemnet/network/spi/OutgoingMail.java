package org.chemnet.network.spi;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.MailMessage;

/**
 * One mail to send: a delivery of the outbox with its message.
 *
 * @param delivery the delivery: recipient, language, stable identifier; never null
 * @param message the message: subject and body per language; never null
 * @param unsubscribeToken a token to unsubscribe with, for a newsletter issue; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record OutgoingMail(Delivery delivery, MailMessage message, Optional<String> unsubscribeToken) {
    /**
     * Creates an outgoing mail.
     *
     * @throws NullPointerException if a component is null
     */
    public OutgoingMail {
        requireNonNull(delivery, "delivery");
        requireNonNull(message, "message");
        requireNonNull(unsubscribeToken, "unsubscribeToken");
    }

    /**
     * The subject in the recipient's language, as composed.
     *
     * @return the subject; never null
     */
    public String subject() {
        return message.subjectIn(delivery.language());
    }

    /**
     * The plain-text body in the recipient's language.
     *
     * @return the body; never null
     */
    public String body() {
        return message.bodyIn(delivery.language());
    }
}
