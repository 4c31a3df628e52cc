package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
public final class DefaultChangeLog implements ChangeLog {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultChangeLog.class);
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
        return context.store.read(r -> r.changes().find(query));
    }

    @Override
    public ChangeDeliveryReport deliverPending() {
        long delivered = 0;
        int failed = 0;
        int skipped = 0;
        for (DurableListener listener : context.durableListeners) {
            Outcome outcome = deliver(listener);
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

    /** Hands one listener what it has not heard of, while this node holds its cursor. */
    private Outcome deliver(DurableListener listener) {
        String id = listener.id();
        Optional<ListenerCursor> claimed;
        try {
            claimed = context.store.inTransaction(tx -> tx.changes().claim(id, context.node, now(), leaseEnd()));
        } catch (NetworkException e) {
            // Two nodes creating one listener's cursor at once: the other one has it now.
            LOG.debug("Cursor of listener {} not taken this time: {}", id, e.getMessage());
            return new Outcome(0, false, true);
        }
        if (claimed.isEmpty()) {
            return new Outcome(0, false, true);
        }
        long position = claimed.get().position();
        int failures = claimed.get().failures();
        long delivered = 0;
        while (true) {
            long from = position;
            List<RecordedChange> batch = context.store.read(r -> r.changes().after(from, context.delivery.batchSize()));
            if (batch.isEmpty()) {
                context.store.inTransaction(tx -> {
                    tx.changes().release(id, context.node);
                    return null;
                });
                return new Outcome(delivered, false, false);
            }
            for (RecordedChange change : batch) {
                try {
                    listener.on(change);
                } catch (Exception e) {
                    Instant next = now().plus(context.delivery.retryDelay(failures + 1));
                    LOG.warn(
                            "Durable listener {} failed on change {} ({} failure(s) in a row); it hears of it again"
                                    + " from {}, and the other listeners go on",
                            id,
                            change.sequence(),
                            failures + 1,
                            next,
                            e);
                    String error = e.getClass().getName() + ": " + e.getMessage();
                    context.store.inTransaction(tx -> tx.changes().failed(id, context.node, next, error));
                    return new Outcome(delivered, true, false);
                }
                boolean held = context.store.inTransaction(
                        tx -> tx.changes().advance(id, context.node, change.sequence(), leaseEnd()));
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
    }

    private Instant now() {
        return context.clock.instant();
    }

    private Instant leaseEnd() {
        return now().plus(context.delivery.lease());
    }
}
