package org.chemnet.network.change;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Hears of changes after they are stored. Listeners are called one after another, in the order they were
 * registered, on the thread of the use case that made the change. A listener that throws is logged at WARN and does
 * not stop the others; the change stays stored. What a listener had not heard when the process died is lost: for what
 * may not be lost, use a {@link DurableListener}, which hears of every change from the change log.
 *
 * @since 0.1.0
 */
@FunctionalInterface
@API(status = STABLE, since = "0.1.0")
public interface ChangeListener {
    /**
     * Hears of one change.
     *
     * @param event what changed
     */
    void on(ChangeEvent event);
}
