package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.change.AuditQuery;
import org.chemnet.network.change.ChangeDeliveryReport;
import org.chemnet.network.change.ChangeLog;
import org.chemnet.network.change.DurableListener;
import org.chemnet.network.change.ListenerCursor;
import org.chemnet.network.change.RecordedChange;
import org.chemnet.network.kernel.NetworkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit log and the delivery of its changes to durable listeners. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class DefaultChangeLog implements ChangeLog {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultChangeLog.class);
    private static final int MAX_OWNER = 128;
    private static final EntityRef LOG_ITSELF = new EntityRef(EntityKind.AUDIT_LOG, "audit-log");

    private final UseCases context;

    /**
     * Creates the use cases.
     *
     * @param context what they need
     */
    public DefaultChangeLog(UseCases context) {
        this.context = context;
    }

    @Override
    public List<RecordedChange> audit(AuditQuery query) {
        requireNonNull(query, "query");
        context.authorize(Action.READ_AUDIT_LOG, LOG_ITSELF, query.network());
        return context.store.read(r -> {
            context.requireSeated(r);
            return r.changes().find(query);
        });
    }

    @Override
    public ChangeDeliveryReport deliverPending() {
        long delivered = 0;
        int failed = 0;
        int skipped = 0;
        for (DurableListener listener : context.durableListeners) {
            if (context.closing.get()) {
                break;
            }
            Outcome outcome;
            try {
                outcome = deliver(listener);
            } catch (RuntimeException e) {
                // The store failed: this listener waits for the next round, the others go on.
                LOG.warn("Delivering changes to durable listener {} failed; it is tried again", listener.id(), e);
                outcome = new Outcome(0, true, false);
            }
            delivered += outcome.delivered();
            if (outcome.failed()) {
                failed++;
            } else if (outcome.skipped()) {
                skipped++;
            }
        }
        return new ChangeDeliveryReport(delivered, failed, skipped);
    }

    @Override
    public List<ListenerCursor> cursors() {
        return context.store.read(r -> {
            List<ListenerCursor> cursors = new ArrayList<>();
            for (DurableListener listener : context.durableListeners) {
                cursors.add(r.changes()
                        .cursor(listener.id())
                        .orElseGet(() -> new ListenerCursor(listener.id(), 0, 0, Optional.empty(), Optional.empty())));
            }
            return cursors;
        });
    }

    private record Outcome(long delivered, boolean failed, boolean skipped) {}

    /**
     * The claim's owner: this node, and this one round of this one caller, so that two callers on one node never
     * both count as the holder.
     */
    private String owner() {
        String owner = UUID.randomUUID() + "@" + context.node;
        if (owner.length() <= MAX_OWNER) {
            return owner;
        }
        // Cut whole characters only: half a surrogate pair would not be stored as it was written.
        int end = Character.isHighSurrogate(owner.charAt(MAX_OWNER - 1)) ? MAX_OWNER - 1 : MAX_OWNER;
        return owner.substring(0, end);
    }

    /** Hands one listener what it has not heard of, while this caller holds its cursor. */
    private Outcome deliver(DurableListener listener) {
        String id = listener.id();
        String owner = owner();
        Optional<ListenerCursor> claimed;
        try {
            claimed = context.store.inTransaction(tx -> tx.changes().claim(id, owner, now(), leaseEnd()));
        } catch (NetworkException e) {
            // Two nodes creating one listener's cursor at once: the other one has it now.
            LOG.debug("Cursor of listener {} not taken this time: {}", id, e.getMessage());
            return new Outcome(0, false, true);
        }
        if (claimed.isEmpty()) {
            return new Outcome(0, false, true);
        }
        boolean held = true;
        try {
            long position = claimed.get().position();
            int failures = claimed.get().failures();
            long delivered = 0;
            while (!context.closing.get()) {
                long from = position;
                List<RecordedChange> batch =
                        context.store.read(r -> r.changes().after(from, context.delivery.batchSize()));
                if (batch.isEmpty()) {
                    break;
                }
                for (RecordedChange change : batch) {
                    if (context.closing.get()) {
                        break;
                    }
                    try {
                        listener.on(change);
                    } catch (Exception | Error e) {
                        Instant next = now().plus(context.delivery.retryDelay(failures + 1));
                        LOG.warn(
                                "Durable listener {} failed on change {} ({} failure(s) in a row); it hears of it"
                                        + " again from {}, and the other listeners go on",
                                id,
                                change.sequence(),
                                failures + 1,
                                next,
                                e);
                        String error = e.getClass().getName() + ": " + e.getMessage();
                        context.store.inTransaction(tx -> tx.changes().failed(id, owner, next, error));
                        held = false;
                        return new Outcome(delivered, true, false);
                    }
                    held = context.store.inTransaction(
                            tx -> tx.changes().advance(id, owner, change.sequence(), leaseEnd()));
                    delivered++;
                    failures = 0;
                    if (!held) {
                        LOG.warn(
                                "This node's hold on the cursor of listener {} ran out before change {} was marked"
                                        + " heard (the lease is {}); another node may hand it over again: make"
                                        + " ChangeDeliverySettings.lease longer than a batch takes",
                                id,
                                change.sequence(),
                                context.delivery.lease());
                        return new Outcome(delivered, false, false);
                    }
                    position = change.sequence();
                }
            }
            return new Outcome(delivered, false, false);
        } finally {
            if (held) {
                try {
                    context.store.inTransaction(tx -> {
                        tx.changes().release(id, owner);
                        return true;
                    });
                } catch (RuntimeException e) {
                    LOG.warn("The cursor of listener {} was not let go; its lease runs out by itself", id, e);
                }
            }
        }
    }

    private Instant now() {
        return context.clock.instant();
    }

    private Instant leaseEnd() {
        return now().plus(context.delivery.lease());
    }
}
