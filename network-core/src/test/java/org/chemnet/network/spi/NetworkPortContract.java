package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.Scope;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link NetworkPort}: networks stored at version 1, replaced only with the version read.
 *
 * @since 0.2.0
 */
public abstract class NetworkPortContract extends StoreContract {
    /** Creates the suite. */
    protected NetworkPortContract() {}

    private static Network renetwork() {
        Network n = TestData.network();
        return new Network(
                n.id(),
                LocalizedText.jaEn("改名ネットワーク", "Renamed Network"),
                Optional.empty(),
                Scope.REGIONAL,
                Optional.empty(),
                LocalizedText.en("To test again"),
                Optional.empty(),
                List.of("Europe", "Africa"),
                List.of(),
                n.policy(),
                Optional.empty());
    }

    @Test
    void findsNothingInAnEmptyStore() {
        assertThat(listed(tx -> tx.networks().ids())).isEmpty();
        assertThat(found(tx -> tx.networks().find(TestData.NETWORK))).isEmpty();
        assertThat(found(tx -> tx.networks().network(TestData.NETWORK))).isEmpty();
    }

    @Test
    void insertsANetworkAtVersionOne() {
        write(tx -> tx.networks().insert(TestData.network()));

        assertThat(found(tx -> tx.networks().find(TestData.NETWORK))).contains(new Versioned<>(TestData.network(), 1));
        assertThat(found(tx -> tx.networks().network(TestData.NETWORK))).contains(TestData.network());
        assertThat(listed(tx -> tx.networks().ids())).containsExactly(TestData.NETWORK);
    }

    @Test
    void listsTheIdentifiersOfEveryNetworkInOrder() {
        write(tx -> {
            tx.networks().insert(network(NetworkId.of("c"), "C"));
            tx.networks().insert(network(NetworkId.of("a"), "A"));
            tx.networks().insert(network(NetworkId.of("b"), "B"));
        });

        assertThat(listed(tx -> tx.networks().ids()))
                .containsExactly(NetworkId.of("a"), NetworkId.of("b"), NetworkId.of("c"));
        assertThat(found(tx -> tx.networks().network(NetworkId.of("b"))))
                .map(n -> n.name().resolve(Locale.ENGLISH))
                .contains("B");
    }

    @Test
    void updateWithTheVersionReadStoresTheNetworkAtTheNextVersion() {
        write(tx -> tx.networks().insert(TestData.network()));

        long version = store.inTransaction(tx -> tx.networks().update(renetwork(), 1));

        assertThat(version).isEqualTo(2);
        assertThat(found(tx -> tx.networks().find(TestData.NETWORK))).contains(new Versioned<>(renetwork(), 2));
        assertThat(writeLong(tx -> tx.networks().update(TestData.network(), 2))).isEqualTo(3);
        assertThat(found(tx -> tx.networks().find(TestData.NETWORK))).contains(new Versioned<>(TestData.network(), 3));
    }

    @Test
    void updateWithAStaleVersionIsRefusedAndTheTransactionStoresNothing() {
        write(tx -> tx.networks().insert(TestData.network()));
        write(tx -> tx.networks().update(renetwork(), 1));
        Network other = network(NetworkId.of("other"), "Other");

        assertThatThrownBy(() -> write(tx -> {
                    tx.networks().insert(other);
                    tx.networks().update(TestData.network(), 1);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.networks().find(TestData.NETWORK))).contains(new Versioned<>(renetwork(), 2));
        assertThat(found(tx -> tx.networks().find(other.id()))).isEmpty();
    }

    @Test
    void updateWithAVersionAheadOfTheStoredOneIsRefused() {
        write(tx -> tx.networks().insert(TestData.network()));

        assertThatThrownBy(() -> write(tx -> tx.networks().update(renetwork(), 2)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.networks().find(TestData.NETWORK))).contains(new Versioned<>(TestData.network(), 1));
    }

    @Test
    void updateOfAnAbsentNetworkThrowsNotFound() {
        assertThatThrownBy(() -> write(tx -> tx.networks().update(TestData.network(), 1)))
                .isInstanceOf(NotFoundException.class);

        assertThat(listed(tx -> tx.networks().ids())).isEmpty();
    }

    @Test
    void insertOfAStoredNetworkIsRefusedAndKeepsTheStoredOne() {
        write(tx -> tx.networks().insert(TestData.network()));

        assertThatThrownBy(() -> write(tx -> tx.networks().insert(renetwork())))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.networks().find(TestData.NETWORK))).contains(new Versioned<>(TestData.network(), 1));
    }

    @Test
    void aTransactionSeesTheNetworksItInsertedAndUpdated() {
        Optional<Versioned<Network>> seen = store.inTransaction(tx -> {
            tx.networks().insert(TestData.network());
            tx.networks().update(renetwork(), 1);
            return tx.networks().find(TestData.NETWORK);
        });

        assertThat(seen).contains(new Versioned<>(renetwork(), 2));
    }
}
