package org.chemnet.network.deliverability;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;
import org.chemnet.network.validation.MailAddress;

/**
 * Where one mail address stands, across every newsletter and notice: its bounce score, whether its subscriptions are
 * on hold and how many reminders were sent, and whether it is suppressed.
 *
 * <p>Addresses are kept {@linkplain #normalized(String) normalized}, so that {@code Ann@Example.org} and
 * {@code ann@example.org} stand as one.
 *
 * @param address the normalized address; never null
 * @param bounceScore the bounce score: hard bounces add 1, soft ones 0.5, at most one a day; 0 or more
 * @param lastBounce the day of the last bounce counted; never null
 * @param heldSince when its subscriptions were put on hold, while they are, to the microsecond; never null
 * @param reminders how many reminders were sent since the hold
 * @param lastReminder when the last reminder was recorded, to the microsecond; never null
 * @param suppression its entry on the suppression list, while it has one; never null
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record AddressStanding(
        @MailAddress String address,
        double bounceScore,
        Optional<LocalDate> lastBounce,
        Optional<Instant> heldSince,
        int reminders,
        Optional<Instant> lastReminder,
        Optional<@Valid Suppression> suppression) {
    /**
     * Creates a standing.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the address is not normalized, or the score or reminders are negative
     */
    public AddressStanding {
        requireNonNull(address, "address");
        if (!address.equals(normalized(address))) {
            throw new IllegalArgumentException("address must be normalized (trimmed, in lower case): " + address);
        }
        if (!(bounceScore >= 0)) {
            throw new IllegalArgumentException("bounceScore must be 0 or more, but was " + bounceScore);
        }
        requireNonNull(lastBounce, "lastBounce");
        heldSince = requireNonNull(heldSince, "heldSince").map(AddressStanding::micros);
        Checks.notNegative(reminders, "reminders");
        lastReminder = requireNonNull(lastReminder, "lastReminder").map(AddressStanding::micros);
        requireNonNull(suppression, "suppression");
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The standing of an address nothing is known of: no bounces, no hold, not suppressed.
     *
     * @param address the address, in any case
     * @return the standing; never null
     */
    public static AddressStanding clean(String address) {
        return new AddressStanding(
                normalized(address), 0, Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty());
    }

    /**
     * An address as it is compared: trimmed and in lower case, as mail providers treat addresses that differ only in
     * case as one mailbox. The one rule for one mail per address and for the standing of an address.
     *
     * @param address the address
     * @return the normalized address; never null
     */
    public static String normalized(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Tells whether its subscriptions are on hold for bounces.
     *
     * @return true while held
     */
    public boolean isHeld() {
        return heldSince.isPresent();
    }

    /**
     * Tells whether nothing may be sent to it.
     *
     * @return true while on the suppression list
     */
    public boolean isSuppressed() {
        return suppression.isPresent();
    }

    /**
     * This standing with another bounce score.
     *
     * @param score the score
     * @param day the day of the bounce counted
     * @return a new standing; never null
     */
    public AddressStanding withBounce(double score, LocalDate day) {
        return new AddressStanding(address, score, Optional.of(day), heldSince, reminders, lastReminder, suppression);
    }

    /**
     * This standing on hold from an instant, no reminders sent yet.
     *
     * @param since when the hold began
     * @return a new standing; never null
     */
    public AddressStanding heldFrom(Instant since) {
        return new AddressStanding(
                address, bounceScore, lastBounce, Optional.of(since), 0, Optional.empty(), suppression);
    }

    /**
     * This standing after one more reminder.
     *
     * @param at when it was recorded
     * @return a new standing; never null
     */
    public AddressStanding reminded(Instant at) {
        return new AddressStanding(
                address, bounceScore, lastBounce, heldSince, reminders + 1, Optional.of(at), suppression);
    }

    /**
     * This standing with another entry on the suppression list, or none.
     *
     * @param entry the entry, or empty to lift it
     * @return a new standing; never null
     */
    public AddressStanding withSuppression(Optional<Suppression> entry) {
        return new AddressStanding(address, bounceScore, lastBounce, heldSince, reminders, lastReminder, entry);
    }

    /**
     * This standing back in good order: score 0, no hold, no reminders; the suppression stays as it is.
     *
     * @return a new standing; never null
     */
    public AddressStanding restored() {
        return new AddressStanding(address, 0, Optional.empty(), Optional.empty(), 0, Optional.empty(), suppression);
    }
}
