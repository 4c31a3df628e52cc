package org.chemnet.network.spi;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.newsletter.DeliveryId;

/**
 * What happened to one mail a {@link Mailer} was given.
 *
 * @param delivery the delivery; never null
 * @param result accepted, failed for now, or failed for good; never null
 * @param error what went wrong, for a person to read; never null
 * @param bounce how the failure weighs on the recipient's address, where it was about the recipient (an SMTP reply
 *     refusing or deferring it), so that it counts as a bounce; empty for a failure that says nothing of the address
 *     (an unreachable server, a refused login); never null (since 0.6.0)
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record DeliveryOutcome(
        DeliveryId delivery,
        Result result,
        Optional<String> error,
        Optional<org.chemnet.network.deliverability.BounceKind> bounce) {
    /** The kinds of outcome. */
    public enum Result {
        /** The server accepted the mail. */
        SENT,
        /** It may work later: the server was unreachable or said to try again (SMTP 4xx). */
        TRANSIENT_FAILURE,
        /** It will not work: a bad address, a permanent refusal (SMTP 5xx). */
        PERMANENT_FAILURE
    }

    /**
     * Creates an outcome.
     *
     * @throws NullPointerException if a component is null
     */
    public DeliveryOutcome {
        requireNonNull(delivery, "delivery");
        requireNonNull(result, "result");
        requireNonNull(error, "error");
        requireNonNull(bounce, "bounce");
        if (bounce.isPresent() && result == Result.SENT) {
            throw new IllegalArgumentException("a mail the server accepted did not bounce: " + delivery);
        }
    }

    /**
     * Creates an outcome that is no bounce.
     *
     * @param delivery the delivery
     * @param result the result
     * @param error what went wrong
     * @throws NullPointerException if a component is null
     */
    public DeliveryOutcome(DeliveryId delivery, Result result, Optional<String> error) {
        this(delivery, result, error, Optional.empty());
    }

    /**
     * A mail the server refused or deferred because of its recipient: a failure that counts as a bounce, permanent for
     * a hard one (SMTP 5xx), transient for a soft one (SMTP 4xx).
     *
     * @param delivery the delivery
     * @param kind hard or soft
     * @param error what the server said
     * @return the outcome; never null
     * @since 0.6.0
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.6.0")
    public static DeliveryOutcome bounced(
            DeliveryId delivery, org.chemnet.network.deliverability.BounceKind kind, String error) {
        return new DeliveryOutcome(
                delivery,
                kind == org.chemnet.network.deliverability.BounceKind.HARD
                        ? Result.PERMANENT_FAILURE
                        : Result.TRANSIENT_FAILURE,
                Optional.of(error),
                Optional.of(kind));
    }

    /**
     * A mail the server accepted.
     *
     * @param delivery the delivery
     * @return the outcome; never null
     */
    public static DeliveryOutcome sent(DeliveryId delivery) {
        return new DeliveryOutcome(delivery, Result.SENT, Optional.empty());
    }

    /**
     * A mail that failed.
     *
     * @param delivery the delivery
     * @param permanent true if it will never work
     * @param error what went wrong
     * @return the outcome; never null
     */
    public static DeliveryOutcome failed(DeliveryId delivery, boolean permanent, String error) {
        return new DeliveryOutcome(
                delivery, permanent ? Result.PERMANENT_FAILURE : Result.TRANSIENT_FAILURE, Optional.of(error));
    }
}
