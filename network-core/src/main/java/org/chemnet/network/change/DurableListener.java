package org.chemnet.network.change;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Hears of every change from the audit log, at least once, in the order of the log, even across crashes and
 * restarts: an index of a search engine, a webhook, a chat. Each listener has a cursor in the store, named by its
 * {@link #id()}, that moves past a change once the listener returned from it; the runtime hands changes over in
 * {@link ChangeLog#deliverPending()} (which a runtime built with {@code deliverChangesEvery} calls by itself).
 *
 * <p>A listener that throws is given the same change again later, after a pause that doubles with each failure (see
 * {@link ChangeDeliverySettings}), and meanwhile the other listeners go on. With several nodes over one store, one node
 * at a time holds a listener's cursor, so each change reaches each listener once, unless a node dies after the
 * listener returned and before its cursor moved (then the next node hands it over again): make listeners idempotent,
 * for example by keeping the last {@link RecordedChange#sequence()} they saw.
 *
 * <p>A listener registered for the first time starts at the beginning of the log.
 *
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public interface DurableListener {
    /**
     * Names the listener's cursor: the same on every node and across restarts, and different for every listener.
     *
     * @return 1 to 128 characters
     */
    String id();

    /**
     * Hears of one change.
     *
     * @param change the change
     * @throws Exception if the listener failed: the change is handed over again later
     */
    void on(RecordedChange change) throws Exception;

    /**
     * A listener from a function.
     *
     * @param id the cursor's name
     * @param listener what to do with each change
     * @return the listener; never null
     */
    static DurableListener of(String id, Consumer<RecordedChange> listener) {
        requireNonNull(id, "id");
        requireNonNull(listener, "listener");
        return new DurableListener() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void on(RecordedChange change) {
                listener.accept(change);
            }

            @Override
            public String toString() {
                return "DurableListener " + id;
            }
        };
    }
}
