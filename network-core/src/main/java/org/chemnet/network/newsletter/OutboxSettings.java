package org.chemnet.network.newsletter;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * How the outbox sends: batch size, how many attempts before a delivery fails for good, the delay before the first
 * retry, doubled after each failure up to a ceiling, how long a node's claim on a batch lasts, and how many outcomes
 * are recorded in one commit.
 *
 * <p>The lease must be longer than the mailer takes for one batch: a node claims a batch for the lease, sends it, and
 * records the outcomes as they come, {@code outcomesPerCommit} at a time, in a transaction that runs while the next
 * mails go out. If it dies, another node claims what it left once the lease has run out; a mail that was sent but
 * whose outcome was not recorded yet (at most twice {@code outcomesPerCommit} of them: a group being committed, and
 * the next one filling) is then sent again, with the same {@code Message-ID}. An exception from the mailer is not a
 * death: the outcomes it reported before are recorded before the exception goes on. One outcome per commit records
 * each before the next mail goes out, which keeps that window to one mail, at the price of a commit (on most
 * databases a disk sync) for every mail.
 *
 * @param batchSize how many mails are handed to the mailer at once, 1 or more
 * @param maxAttempts how many attempts before a delivery fails for good, 1 or more
 * @param firstRetryDelay the delay after the first transient failure; positive
 * @param maxRetryDelay the longest delay between attempts; at least the first
 * @param lease how long a node's claim on a batch lasts; positive
 * @param outcomesPerCommit how many outcomes are recorded in one transaction at most, 1 or more (since 0.4.0)
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record OutboxSettings(
        int batchSize,
        int maxAttempts,
        Duration firstRetryDelay,
        Duration maxRetryDelay,
        Duration lease,
        int outcomesPerCommit) {
    /** The default lease of a claim: five minutes. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    /**
     * The default number of outcomes recorded in one commit: 25, which lets one node keep up with a mail server on
     * loopback over a PostgreSQL that syncs every commit (docs/benchmarks.md, the mail magazine of 100,000).
     */
    public static final int DEFAULT_OUTCOMES_PER_COMMIT = 25;

    /**
     * Creates settings.
     *
     * @throws IllegalArgumentException if a number is out of range, naming it
     */
    public OutboxSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, but was " + batchSize);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, but was " + maxAttempts);
        }
        if (firstRetryDelay.isNegative() || firstRetryDelay.isZero()) {
            throw new IllegalArgumentException("firstRetryDelay must be positive, but was " + firstRetryDelay);
        }
        if (maxRetryDelay.compareTo(firstRetryDelay) < 0) {
            throw new IllegalArgumentException("maxRetryDelay must be at least firstRetryDelay (" + firstRetryDelay
                    + "), but was " + maxRetryDelay);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, but was " + lease);
        }
        if (outcomesPerCommit < 1) {
            throw new IllegalArgumentException("outcomesPerCommit must be at least 1, but was " + outcomesPerCommit);
        }
    }

    /**
     * Creates settings that record the {@linkplain #DEFAULT_OUTCOMES_PER_COMMIT default number} of outcomes in one
     * commit.
     *
     * @param batchSize how many mails are handed to the mailer at once, 1 or more
     * @param maxAttempts how many attempts before a delivery fails for good, 1 or more
     * @param firstRetryDelay the delay after the first transient failure; positive
     * @param maxRetryDelay the longest delay between attempts; at least the first
     * @param lease how long a node's claim on a batch lasts; positive
     * @throws IllegalArgumentException if a number is out of range, naming it
     */
    public OutboxSettings(
            int batchSize, int maxAttempts, Duration firstRetryDelay, Duration maxRetryDelay, Duration lease) {
        this(batchSize, maxAttempts, firstRetryDelay, maxRetryDelay, lease, DEFAULT_OUTCOMES_PER_COMMIT);
    }

    /**
     * Creates settings with the {@linkplain #DEFAULT_LEASE default lease}.
     *
     * @param batchSize how many mails are handed to the mailer at once, 1 or more
     * @param maxAttempts how many attempts before a delivery fails for good, 1 or more
     * @param firstRetryDelay the delay after the first transient failure; positive
     * @param maxRetryDelay the longest delay between attempts; at least the first
     * @throws IllegalArgumentException if a number is out of range, naming it
     */
    public OutboxSettings(int batchSize, int maxAttempts, Duration firstRetryDelay, Duration maxRetryDelay) {
        this(batchSize, maxAttempts, firstRetryDelay, maxRetryDelay, DEFAULT_LEASE);
    }

    /**
     * These settings with another lease.
     *
     * @param value how long a node's claim on a batch lasts; positive
     * @return new settings; never null
     * @throws IllegalArgumentException if the lease is not positive
     */
    public OutboxSettings withLease(Duration value) {
        return new OutboxSettings(batchSize, maxAttempts, firstRetryDelay, maxRetryDelay, value, outcomesPerCommit);
    }

    /**
     * These settings with another number of outcomes recorded in one commit.
     *
     * @param value how many outcomes one transaction records at most, 1 or more: 1 records every mail's outcome
     *     before the next mail goes out
     * @return new settings; never null
     * @throws IllegalArgumentException if the number is below 1
     * @since 0.4.0
     */
    public OutboxSettings withOutcomesPerCommit(int value) {
        return new OutboxSettings(batchSize, maxAttempts, firstRetryDelay, maxRetryDelay, lease, value);
    }

    /**
     * The defaults: batches of 250, 5 attempts, retries after 1 minute, doubling up to 1 hour, claims of 5 minutes,
     * 25 outcomes a commit.
     *
     * @return the defaults; never null
     */
    public static OutboxSettings defaults() {
        return new OutboxSettings(250, 5, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /**
     * The delay before the next attempt, after some failed ones.
     *
     * @param failedAttempts how many attempts failed so far, 1 or more
     * @return the delay; never null
     */
    public Duration retryDelay(int failedAttempts) {
        Duration delay = firstRetryDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
