package org.chemnet.network.memory;

import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.NetworkStoreContract;

class InMemoryNetworkStoreTest extends NetworkStoreContract {
    @Override
    protected NetworkStore createStore() {
        return new InMemoryNetworkStore();
    }
}
