package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.change.AuditQuery;
import org.chemnet.network.change.ListenerCursor;
import org.chemnet.network.change.RecordedChange;
import org.chemnet.network.organization.PersonId;

/**
 * The change log: the audit log and event outbox in one, written in the transaction of the change it records, and
 * the cursors of the durable listeners that read it. Contract suite: {@code ChangePortContract}.
 *
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public interface ChangePort {
    /**
     * Appends changes, giving them the next sequences. Sequences follow the order in which transactions commit: once
     * a reader sees a change, it never later sees one with a lower sequence appear (a store may serialize the
     * transactions that append, from their append to their commit). A transaction appends last, just before it
     * commits.
     *
     * @param changes the changes, in order
     */
    void append(List<NewChange> changes);

    /**
     * The changes after a sequence, in order.
     *
     * @param sequence the sequence; 0 for the start
     * @param limit at most this many, at least 1
     * @return the changes; never null
     */
    List<RecordedChange> after(long sequence, int limit);

    /**
     * The changes a query matches, in order, after its sequence, at most its limit.
     *
     * @param query the query
     * @return the changes; never null
     */
    List<RecordedChange> find(AuditQuery query);

    /**
     * Replaces a person's identifier with {@value org.chemnet.network.access.Actor#ERASED} wherever the log names
     * them, as actor or as aggregate.
     *
     * @param person the person
     * @return how many entries changed; a change appended by another transaction meanwhile is either redacted or
     *     appended after this transaction commits
     */
    int redact(PersonId person);

    /**
     * Takes a listener's cursor for a lease, creating it at position 0 the first time: only if no one holds it (or
     * its holder's lease ran out) and its pause after a failure has ended.
     *
     * @param listener the listener's id, 1 to 128 characters
     * @param owner who takes it: one delivery round of one node, 1 to 128 characters
     * @param now the time now
     * @param leaseUntil until when it is held, after now
     * @return the cursor, if taken; empty if another holds it or its pause lasts
     */
    Optional<ListenerCursor> claim(String listener, String owner, Instant now, Instant leaseUntil);

    /**
     * Moves a held cursor to a change the listener returned from, clearing its failures, and extends the lease.
     *
     * @param listener the listener
     * @param owner who holds it
     * @param position the change's sequence
     * @param leaseUntil the new end of the lease
     * @return true if moved; false if the owner no longer holds the cursor, or the cursor stands at or past the
     *     position already (nothing changed then)
     */
    boolean advance(String listener, String owner, long position, Instant leaseUntil);

    /**
     * Records a failure on the change after a held cursor's position, and lets the cursor go until a time.
     *
     * @param listener the listener
     * @param owner who holds it
     * @param nextAttempt when it may be taken again
     * @param error the failure's message, cut at 1,000 characters
     * @return true if recorded; false if the owner no longer holds the cursor
     */
    boolean failed(String listener, String owner, Instant nextAttempt, String error);

    /**
     * Lets a held cursor go.
     *
     * @param listener the listener
     * @param owner who holds it
     */
    void release(String listener, String owner);

    /**
     * A listener's cursor.
     *
     * @param listener the listener's id
     * @return the cursor; empty if the listener never claimed one
     */
    Optional<ListenerCursor> cursor(String listener);
}
