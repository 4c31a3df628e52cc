package org.chemnet.network.change;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.Actor;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.kernel.NetworkId;

/**
 * A change as the store keeps it, in the same transaction as the change itself: one entry of the audit log, and the
 * event a {@link DurableListener} is handed. It names what changed rather than carrying it: a listener that needs the
 * record as it is now reads it through the runtime.
 *
 * <p>A summary never holds personal data (names, addresses): only identifiers, statuses and days. Once a person's data
 * is erased, the person's identifier is replaced by {@value Actor#ERASED} wherever the log names them, as actor or as
 * aggregate; the entry stays.
 *
 * @param sequence the change's place in the log: 1, 2, 3..., in the order the changes were committed, without gaps
 * @param at when the change was stored, by the clock of the runtime that stored it
 * @param actor on whose behalf it was made
 * @param kind what happened: the simple name of the {@link ChangeEvent} raised, such as {@code ParticipationApproved}
 * @param aggregate the record that changed; changes of one aggregate are delivered in the order of their sequence
 * @param network the network it belongs to, where it belongs to one
 * @param summary what changed, in a line without personal data, such as {@code APPLIED -> ACTIVE from 2020-04-01}
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public record RecordedChange(
        long sequence,
        Instant at,
        Actor actor,
        String kind,
        EntityRef aggregate,
        Optional<NetworkId> network,
        String summary) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the sequence is not positive
     */
    public RecordedChange {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, but was " + sequence);
        }
        requireNonNull(at, "at");
        requireNonNull(actor, "actor");
        requireNonNull(kind, "kind");
        requireNonNull(aggregate, "aggregate");
        requireNonNull(network, "network");
        requireNonNull(summary, "summary");
    }
}
