package org.chemnet.network.newsletter;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.LanguageTag;
import org.chemnet.network.validation.MailAddress;
import org.chemnet.network.validation.PlainText;

/**
 * One delivery of one message to one recipient, as the outbox records it before anything is sent.
 *
 * <p>Its identifier is stable, so a message sent again after a crash carries the same {@code Message-ID}.
 *
 * @param id the identifier; never null
 * @param message the message delivered; never null
 * @param address where it goes; never null
 * @param name the recipient's name, for the {@code To} header; never null
 * @param language the BCP 47 tag of the recipient's language; never null
 * @param subscription the subscription it goes to, for a newsletter issue (and its unsubscribe link); never null
 * @param person the person it goes to, where the recipient is one, so that erasing them reaches the outbox; never
 *     null
 * @param status where it stands; never null
 * @param attempts how many times sending was tried
 * @param nextAttempt when to try next, while pending; never null
 * @param lastError the last failure, for a person to read; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Delivery(
        DeliveryId id,
        MessageId message,
        @MailAddress String address,
        Optional<@PlainText(max = 200) String> name,
        @LanguageTag String language,
        Optional<SubscriptionId> subscription,
        Optional<PersonId> person,
        DeliveryStatus status,
        int attempts,
        Instant nextAttempt,
        Optional<String> lastError) {
    /**
     * Creates a delivery.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if attempts is negative
     */
    public Delivery {
        requireNonNull(id, "id");
        requireNonNull(message, "message");
        requireNonNull(address, "address");
        requireNonNull(name, "name");
        requireNonNull(language, "language");
        requireNonNull(subscription, "subscription");
        requireNonNull(person, "person");
        requireNonNull(status, "status");
        Checks.notNegative(attempts, "attempts");
        requireNonNull(nextAttempt, "nextAttempt");
        requireNonNull(lastError, "lastError");
    }

    /**
     * A new delivery, pending and due at once.
     *
     * @param id the identifier
     * @param message the message
     * @param address where it goes
     * @param name the recipient's name
     * @param language the recipient's language
     * @param subscription the subscription, for an issue
     * @param person the person it goes to, if the recipient is one
     * @param now the time it is recorded
     * @return the delivery; never null
     */
    public static Delivery pending(
            DeliveryId id,
            MessageId message,
            String address,
            Optional<String> name,
            String language,
            Optional<SubscriptionId> subscription,
            Optional<PersonId> person,
            Instant now) {
        return new Delivery(
                id,
                message,
                address,
                name,
                language,
                subscription,
                person,
                DeliveryStatus.PENDING,
                0,
                now,
                Optional.empty());
    }

    /**
     * This delivery after an attempt.
     *
     * @param newStatus the status after the attempt
     * @param next when to try next, if still pending
     * @param error what went wrong, if anything
     * @return a new delivery with one more attempt; never null
     */
    public Delivery attempted(DeliveryStatus newStatus, Instant next, Optional<String> error) {
        return new Delivery(
                id, message, address, name, language, subscription, person, newStatus, attempts + 1, next, error);
    }
}
