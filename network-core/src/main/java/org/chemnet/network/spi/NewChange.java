package org.chemnet.network.spi;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.Actor;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.change.RecordedChange;
import org.chemnet.network.kernel.NetworkId;

/**
 * A change to append to the log, before the store gives it its sequence.
 *
 * @param at when it was made
 * @param actor on whose behalf
 * @param kind what happened, 1 to 64 characters
 * @param aggregate the record that changed
 * @param network its network, where it has one
 * @param summary what changed, at most 1,000 characters
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public record NewChange(
        Instant at, Actor actor, String kind, EntityRef aggregate, Optional<NetworkId> network, String summary) {
    /** The longest summary kept. */
    public static final int MAX_SUMMARY = 1_000;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the kind or the summary is too long
     */
    public NewChange {
        requireNonNull(at, "at");
        requireNonNull(actor, "actor");
        requireNonNull(kind, "kind");
        requireNonNull(aggregate, "aggregate");
        requireNonNull(network, "network");
        requireNonNull(summary, "summary");
        if (kind.isEmpty() || kind.length() > 64) {
            throw new IllegalArgumentException("kind must have 1 to 64 characters, but had " + kind.length());
        }
        if (summary.length() > MAX_SUMMARY) {
            throw new IllegalArgumentException(
                    "summary must have at most " + MAX_SUMMARY + " characters, but had " + summary.length());
        }
    }

    /**
     * This change at its place in the log.
     *
     * @param sequence its sequence
     * @return the change as recorded; never null
     */
    public RecordedChange at(long sequence) {
        return new RecordedChange(sequence, at, actor, kind, aggregate, network, summary);
    }
}
