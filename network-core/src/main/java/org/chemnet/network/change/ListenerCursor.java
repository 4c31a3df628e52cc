package org.chemnet.network.change;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where a {@link DurableListener} stands in the log.
 *
 * @param listener the listener's id
 * @param position the sequence of the last change it returned from; 0 before the first
 * @param failures how many times in a row it failed on the change after its position
 * @param nextAttempt when it is handed that change again, after a failure
 * @param lastError the last failure's message, if it failed
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public record ListenerCursor(
        String listener, long position, int failures, Optional<Instant> nextAttempt, Optional<String> lastError) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ListenerCursor {
        requireNonNull(listener, "listener");
        requireNonNull(nextAttempt, "nextAttempt");
        requireNonNull(lastError, "lastError");
    }
}
