package org.chemnet.network.memory;

import org.chemnet.network.UseCaseConcurrencyContract;
import org.chemnet.network.spi.NetworkStore;

/** The use cases raced over two runtimes that share one in-memory store. */
class InMemoryUseCaseConcurrencyTest extends UseCaseConcurrencyContract {
    @Override
    protected NetworkStore createStore() {
        return new InMemoryNetworkStore();
    }

    @Override
    protected NetworkStore secondNode(NetworkStore store) {
        return store;
    }
}
