package org.chemnet.network.deliverability;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How bounces are weighed and what follows them, after GNU Mailman's bounce processing: a hard bounce adds 1 to the
 * address's score and a soft one 0.5, at most once a day; a score older than {@code staleAfter} starts again from the
 * new bounce; at {@code threshold} the address's subscriptions are put on hold (not ended) and up to {@code reminders}
 * reminders go out, {@code reminderInterval} apart, each with a way back; an address that has not come back
 * {@code reminderInterval} after its last reminder is suppressed as {@link SuppressionReason#HARD_BOUNCED}.
 *
 * <p>Mailman's default threshold is 5 and its scores go stale after 7 days, which suits lists that mail daily. A mail
 * magazine that goes out four times a year would never reach 5 within 7 days, so the defaults here are a threshold of
 * 3 and scores that stay a year: three issues refused with {@code 550 no such user} put the address on hold.
 *
 * @param threshold the score at which subscriptions are put on hold; at least 0.5
 * @param staleAfter how long a score lasts without a new bounce; positive
 * @param reminders how many reminders go out before the address is suppressed; 0 or more
 * @param reminderInterval the time between reminders, and between the last and the suppression; at least a minute
 * @param resumeUrl the page where a reminder's link leads, which passes its {@code token} parameter to
 *     {@link Deliverability#resumeWith(String)}; without one, reminders ask the reader to reply instead; never null
 * @param resumeValidity how long a reminder's link works; positive
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record BounceSettings(
        double threshold,
        Duration staleAfter,
        int reminders,
        Duration reminderInterval,
        Optional<URI> resumeUrl,
        Duration resumeValidity) {
    /**
     * Creates settings.
     *
     * @throws IllegalArgumentException if a value is out of range, naming it
     */
    public BounceSettings {
        if (!(threshold >= 0.5)) {
            throw new IllegalArgumentException("threshold must be at least 0.5, but was " + threshold);
        }
        positive(staleAfter, "staleAfter");
        if (reminders < 0) {
            throw new IllegalArgumentException("reminders must be 0 or more, but was " + reminders);
        }
        requireNonNull(reminderInterval, "reminderInterval");
        if (reminderInterval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException(
                    "reminderInterval must be at least a minute, but was " + reminderInterval);
        }
        requireNonNull(resumeUrl, "resumeUrl");
        resumeUrl.ifPresent(BounceSettings::requireWebAddress);
        positive(resumeValidity, "resumeValidity");
    }

    private static void positive(Duration value, String name) {
        requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, but was " + value);
        }
    }

    private static void requireWebAddress(URI url) {
        String scheme = String.valueOf(url.getScheme());
        if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null || url.getFragment() != null) {
            throw new IllegalArgumentException(
                    "resumeUrl must be an http or https address without a fragment, but was " + url);
        }
    }

    /**
     * The defaults: threshold 3, scores stale after 365 days, 3 reminders 7 days apart, no resume page, links valid
     * for 30 days.
     *
     * @return the defaults; never null
     */
    public static BounceSettings defaults() {
        return new BounceSettings(
                3, Duration.ofDays(365), 3, Duration.ofDays(7), Optional.empty(), Duration.ofDays(30));
    }

    /**
     * These settings with another threshold.
     *
     * @param value the score at which subscriptions are put on hold; at least 0.5
     * @return new settings; never null
     */
    public BounceSettings withThreshold(double value) {
        return new BounceSettings(value, staleAfter, reminders, reminderInterval, resumeUrl, resumeValidity);
    }

    /**
     * These settings with other reminders.
     *
     * @param count how many reminders before suppression; 0 or more
     * @param interval the time between them; at least a minute
     * @return new settings; never null
     */
    public BounceSettings withReminders(int count, Duration interval) {
        return new BounceSettings(threshold, staleAfter, count, interval, resumeUrl, resumeValidity);
    }

    /**
     * These settings with a resume page.
     *
     * @param url an http or https address; its reminders' links add a {@code token} parameter
     * @return new settings; never null
     */
    public BounceSettings withResumeUrl(URI url) {
        return new BounceSettings(threshold, staleAfter, reminders, reminderInterval, Optional.of(url), resumeValidity);
    }

    /**
     * These settings with another time after which a score is stale.
     *
     * @param value how long a score lasts without a new bounce; positive
     * @return new settings; never null
     */
    public BounceSettings withStaleAfter(Duration value) {
        return new BounceSettings(threshold, value, reminders, reminderInterval, resumeUrl, resumeValidity);
    }
}
