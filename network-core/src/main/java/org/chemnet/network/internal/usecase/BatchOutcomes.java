package org.chemnet.network.internal.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.DispatchReport;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.spi.DeliveryOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcomes of one claimed batch, recorded as they come in groups of at most
 * {@code OutboxSettings.outcomesPerCommit}, each group in one transaction: what a delivery became (sent, failed, due
 * again), its change event, and its bounce. A group is handed to the run's {@link GroupRecorder} once it is full and
 * when the batch ends, and the batch ends once all its groups are recorded (change listeners hear of them on the
 * recorder's thread). A node that dies mid-batch thus leaves at most two groups of mails sent but not recorded (one
 * being recorded, one filling), which are sent again once the claim's lease runs out. One commit per group, not per
 * mail, recorded while the next mails go out, is what lets the outbox keep up with the mail server on a database that
 * syncs every commit to disk. Not part of the API.
 */
final class BatchOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(BatchOutcomes.class);

    private record Outcome(Delivery delivery, Delivery after, DeliveryOutcome outcome, Instant at) {}

    private final UseCases context;
    private final GroupRecorder recorder;
    private final Map<MessageId, Optional<NetworkId>> networks;
    private final List<Outcome> unrecorded = new ArrayList<>();
    private int sent;
    private int failed;
    private int retrying;

    /**
     * Creates the outcomes of a batch.
     *
     * @param context the shared context
     * @param recorder the recorder of the run the batch is part of
     * @param networks the network of each message of the batch, named by the change events
     */
    BatchOutcomes(UseCases context, GroupRecorder recorder, Map<MessageId, Optional<NetworkId>> networks) {
        this.context = context;
        this.recorder = recorder;
        this.networks = networks;
    }

    /** Adds the outcome of a delivery, and records the group if it is full. */
    void add(Delivery delivery, DeliveryOutcome outcome) {
        Instant now = context.clock.instant();
        Delivery after;
        switch (outcome.result()) {
            case SENT -> {
                after = delivery.attempted(DeliveryStatus.SENT, now, Optional.empty());
                sent++;
            }
            case PERMANENT_FAILURE -> {
                after = delivery.attempted(DeliveryStatus.FAILED, now, outcome.error());
                failed++;
            }
            default -> {
                int attempts = delivery.attempts() + 1;
                if (attempts >= context.outbox.maxAttempts()) {
                    after = delivery.attempted(DeliveryStatus.FAILED, now, outcome.error());
                    failed++;
                } else {
                    after = delivery.attempted(
                            DeliveryStatus.PENDING, now.plus(context.outbox.retryDelay(attempts)), outcome.error());
                    retrying++;
                }
            }
        }
        unrecorded.add(new Outcome(delivery, after, outcome, now));
        if (unrecorded.size() >= context.outbox.outcomesPerCommit()) {
            record();
        }
    }

    /**
     * Records the outcomes not recorded yet, in one transaction, and waits until every group of the batch is recorded.
     *
     * @return what the batch did, all its outcomes counted
     */
    DispatchReport recordRest() {
        record();
        recorder.awaitRecorded();
        return new DispatchReport(sent, failed, retrying);
    }

    private void record() {
        if (unrecorded.isEmpty()) {
            return;
        }
        List<Outcome> group = List.copyOf(unrecorded);
        unrecorded.clear();
        recorder.record(() -> record(group));
        if (context.outbox.outcomesPerCommit() == 1) {
            recorder.awaitRecorded(); // each outcome recorded before the next mail goes out, as the settings promise
        }
    }

    private void record(List<Outcome> group) {
        List<DeliveryId> lost = context.outboxChange((tx, events) -> {
            Set<DeliveryId> held =
                    tx.outbox().completeAll(group.stream().map(Outcome::after).toList(), context.node);
            List<DeliveryId> notHeld = new ArrayList<>();
            for (Outcome o : group) {
                if (!held.contains(o.delivery().id())) {
                    notHeld.add(o.delivery().id());
                    continue;
                }
                events.add(new ChangeEvent.DeliveryAttempted(
                        o.after(), networks.getOrDefault(o.delivery().message(), Optional.empty())));
                // A soft bounce counts once its delivery gives up: one that a retry delivers was only delayed.
                o.outcome()
                        .bounce()
                        .filter(kind -> o.after().status() == DeliveryStatus.FAILED)
                        .ifPresent(kind -> Bounces.record(
                                tx,
                                events,
                                Bounce.ofDelivery(
                                        o.delivery().id(),
                                        o.delivery().address(),
                                        kind,
                                        o.at(),
                                        o.outcome().error().orElse("")),
                                context.bounces,
                                context.clock.getZone(),
                                o.at()));
            }
            return notHeld;
        });
        for (DeliveryId delivery : lost) {
            LOG.warn(
                    "This node's claim on delivery {} had run out, or the delivery was erased, before its outcome"
                            + " was recorded (the lease is {}); another node may have sent it too: make"
                            + " OutboxSettings.lease longer than a batch takes",
                    delivery,
                    context.outbox.lease());
        }
    }
}
