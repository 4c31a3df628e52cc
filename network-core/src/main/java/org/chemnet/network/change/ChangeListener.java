package org.chemnet.network.change;

/**
 * Hears of changes after they are stored. Listeners are called one after another, in the order they were
 * registered, on the thread of the use case that made the change. A listener that throws is logged at WARN and does
 * not stop the others; the change stays stored.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ChangeListener {
    /**
     * Hears of one change.
     *
     * @param event what changed
     */
    void on(ChangeEvent event);
}
