package org.chemnet.network.change;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The audit log and the durable delivery of its changes: who changed what and when, read by record, actor, network
 * and period, and handed to each {@link DurableListener} at least once.
 *
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public interface ChangeLog {
    /**
     * Reads the audit log. Asks the access policy for {@link org.chemnet.network.access.Action#READ_AUDIT_LOG}, with
     * the query's network as target network.
     *
     * @param query which entries
     * @return the entries, in the order of the log; never null
     * @throws org.chemnet.network.access.AccessDeniedException if the actor may not read the log
     */
    List<RecordedChange> audit(AuditQuery query);

    /**
     * Hands every change after each listener's cursor to the listener, one listener after another, until each has
     * caught up, failed, or is held by another node. Safe to call from several threads and nodes at once: a cursor is
     * held by one caller at a time.
     *
     * @return what was handed over; never null
     */
    ChangeDeliveryReport deliverPending();

    /**
     * Where each listener of this runtime stands.
     *
     * @return one cursor per listener registered with this runtime, in their order; never null
     */
    List<ListenerCursor> cursors();
}
