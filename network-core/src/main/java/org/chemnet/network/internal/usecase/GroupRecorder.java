package org.chemnet.network.internal.usecase;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Records the outbox's groups of outcomes on a thread of its own, one group at a time and in order, while the sending
 * thread goes on handing mails to the server: the mail server's replies and the database's commits then overlap
 * instead of adding up. At most one group is being recorded while the next one fills; a group waits for the one before
 * it, so a slow database slows the sending down rather than piling up outcomes. A failure to record is thrown to the
 * sending thread when it hands over the next group or waits for the last. The thread is started with the first group
 * of a run and ends with the run. Not part of the API.
 */
final class GroupRecorder implements AutoCloseable {
    private final String node;
    private ExecutorService thread;
    private Future<?> recording = CompletableFuture.completedFuture(null);

    /**
     * Creates the recorder of one outbox run.
     *
     * @param node the runtime's node name, in the thread's name
     */
    GroupRecorder(String node) {
        this.node = node;
    }

    /** Waits for the group before, then hands a group over to be recorded. */
    void record(Runnable group) {
        awaitRecorded();
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "chemnet-outbox-recorder-" + node);
                t.setDaemon(true);
                return t;
            });
        }
        recording = thread.submit(group);
    }

    /**
     * Waits until the groups handed over are recorded, even if interrupted meanwhile (the interrupt is kept): an
     * outcome handed over is recorded, never dropped half-way.
     *
     * @throws RuntimeException what recording the last group threw
     */
    void awaitRecorded() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    recording.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    recording = CompletableFuture.completedFuture(null);
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException("recording the outbox's outcomes failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits for the group being recorded and ends the thread. In a {@code try}-with-resources, a failure to record is
     * added to the run's own failure as suppressed, or thrown if the run had none.
     */
    @Override
    public void close() {
        try {
            awaitRecorded();
        } finally {
            if (thread != null) {
                thread.shutdown();
            }
        }
    }
}
