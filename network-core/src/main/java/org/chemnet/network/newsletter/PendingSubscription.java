package org.chemnet.network.newsletter;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apiguardian.api.API;

/**
 * A subscription asked for and not yet confirmed (double opt-in): nothing is sent to it but the confirmation mail, and
 * it becomes a subscription only when the link of that mail is opened before it expires.
 *
 * @param subscription the subscription it becomes once confirmed; never null
 * @param requested when it was asked for, to the microsecond; never null
 * @param expires when its confirmation link stops working and it is deleted, to the microsecond; never null
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record PendingSubscription(@Valid Subscription subscription, Instant requested, Instant expires) {
    /**
     * Creates a pending subscription.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if it expires before it was requested
     */
    public PendingSubscription {
        requireNonNull(subscription, "subscription");
        requested = requireNonNull(requested, "requested").truncatedTo(ChronoUnit.MICROS);
        expires = requireNonNull(expires, "expires").truncatedTo(ChronoUnit.MICROS);
        if (expires.isBefore(requested)) {
            throw new IllegalArgumentException("expires (" + expires + ") is before requested (" + requested + ")");
        }
    }
}
