package org.chemnet.network;

import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Two runtimes over one store, as two nodes of a host would run: the base of the contract suites that test use cases
 * through the runtime. A store's test extends a suite and says how to make a fresh store and a second node over the
 * same data (for JDBC, a second {@code JdbcNetworkStore} over the same data source; in memory, the store itself).
 *
 * <p>Before each test the nodes are started, the first with a {@link RecordingListener}; a suite's own
 * {@code @BeforeEach} runs after, to store what its tests start from. After each test both are closed.
 */
public abstract class TwoNodes {
    /** The validator both nodes share. */
    protected NetworkValidator validator;

    /** What the first node told its listener. */
    protected RecordingListener listener;

    /** One node, with the {@link #listener}. */
    protected NetworkRuntime first;

    /** The other node, over the same data. */
    protected NetworkRuntime second;

    /** The first node's store, for contracts that start more runtimes over it. */
    protected NetworkStore store;

    /** The second node's store, over the same data. */
    protected NetworkStore secondStore;

    /**
     * A fresh, empty store.
     *
     * @return the store
     */
    protected abstract NetworkStore createStore();

    /**
     * A second store over the same data as a store: another node.
     *
     * @param store the first store
     * @return the second store
     */
    protected abstract NetworkStore secondNode(NetworkStore store);

    @BeforeEach
    void startTwoNodes() {
        validator = NetworkValidator.create();
        listener = new RecordingListener();
        store = createStore();
        secondStore = secondNode(store);
        first = NetworkRuntime.builder()
                .validator(validator)
                .store(store)
                .listener(listener)
                .build();
        second =
                NetworkRuntime.builder().validator(validator).store(secondStore).build();
    }

    @AfterEach
    void stopTwoNodes() {
        first.close();
        second.close();
        validator.close();
    }
}
