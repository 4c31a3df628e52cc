package org.chemnet.network.mail;

import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.spi.NetworkStore;

class InMemoryNewsletterDeliveryTest extends NewsletterDeliveryContract {
    private InMemoryNetworkStore store;

    @Override
    NetworkStore store() {
        store = new InMemoryNetworkStore();
        return store;
    }

    @Override
    NetworkStore reopen() {
        return store;
    }
}
