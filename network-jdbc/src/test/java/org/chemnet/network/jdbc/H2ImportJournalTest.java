package org.chemnet.network.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.TestData;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.organization.Organization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On H2, an import whose process died is taken back when a store next starts, whatever H2's own recovery kept of it;
 * an import under way in a live session is left alone. {@code ImportKillTest} in examples kills real imports.
 */
class H2ImportJournalTest {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.h2File();

    private JdbcNetworkStore store;
    private NetworkGraph held;

    @BeforeEach
    void holdANetwork() {
        store = DB.newStore();
        store.inTransaction(tx -> {
            tx.importGraph(TestData.graph());
            return null;
        });
        held = store.read(tx -> tx.graph(TestData.NETWORK)).orElseThrow();
    }

    /**
     * A random network's organizations, persons and memberships: identifiers of its own, none shared with the network
     * held.
     */
    private static NetworkGraph imported(long seed, int organizations) {
        NetworkGraph random = RandomNetworks.graph(seed, organizations);
        return NetworkGraph.builder(random.network())
                .organizations(random.organizations())
                .persons(random.persons().toArray(org.chemnet.network.organization.Person[]::new))
                .memberships(random.memberships().toArray(Membership[]::new))
                .build();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DB.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What H2's recovery was seen to keep: the rows of an import that never committed, and its journal row. */
    private void leaveTheRowsOfAnImportThatDied(NetworkGraph graph) throws SQLException {
        store.inTransaction(tx -> {
            tx.importGraph(graph);
            return null;
        });
        try (Connection c = DB.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO chemnet_import_run"
                        + " (network_id, session_id, session_start, started_us) VALUES (?, 999999, 'long ago', 0)")) {
            s.setString(1, graph.network().id().value());
            s.executeUpdate();
        }
        try (Connection c = DB.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM chemnet_membership WHERE id IN"
                    + " (SELECT id FROM chemnet_membership WHERE network_id = 'random-7' ORDER BY id LIMIT 40)");
        }
    }

    @Test
    void takesBackAnImportWhoseProcessDiedWhenAStoreStarts() throws SQLException {
        NetworkGraph cutOff = imported(7, 100);
        leaveTheRowsOfAnImportThatDied(cutOff);
        assertThat(count("SELECT COUNT(*) FROM chemnet_membership WHERE network_id = 'random-7'"))
                .isEqualTo(cutOff.memberships().size() - 40);

        JdbcNetworkStore restarted = DB.newStoreBeside(store);

        List<NetworkId> networks = restarted.read(tx -> tx.networks().ids());
        Optional<NetworkGraph> kept = restarted.read(tx -> tx.graph(TestData.NETWORK));
        assertThat(networks).containsExactly(TestData.NETWORK);
        assertThat(kept).contains(held);
        for (Organization o : cutOff.organizations()) {
            Optional<Organization> left =
                    restarted.read(tx -> tx.organizations().organization(o.id()));
            assertThat(left).isEmpty();
        }
        assertThat(count("SELECT COUNT(*) FROM chemnet_person WHERE imported_by = 'random-7'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM chemnet_membership_active WHERE network_id = 'random-7'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM chemnet_import_run")).isZero();

        restarted.inTransaction(tx -> {
            tx.importGraph(cutOff);
            return null;
        });
        List<Membership> imported = restarted.read(
                tx -> tx.memberships().memberships(cutOff.network().id()));
        assertThat(imported).hasSize(cutOff.memberships().size());
    }

    @Test
    void leavesAnImportUnderWayInALiveSessionAlone() throws Exception {
        NetworkGraph graph = imported(8, 50);
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> importing = CompletableFuture.runAsync(() -> store.inTransaction(tx -> {
            tx.networks().insert(graph.network());
            begun.countDown();
            try {
                assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return null;
        }));
        assertThat(begun.await(60, TimeUnit.SECONDS)).isTrue();

        JdbcNetworkStore other = DB.newStoreBeside(store);
        assertThat(count("SELECT COUNT(*) FROM chemnet_import_run")).isOne();
        assertThatThrownBy(() -> other.inTransaction(tx -> {
                    tx.networks().insert(graph.network());
                    return null;
                }))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("is being imported by another session");

        release.countDown();
        importing.get(60, TimeUnit.SECONDS);
        List<NetworkId> networks = other.read(tx -> tx.networks().ids());
        assertThat(networks).contains(graph.network().id());
        assertThat(count("SELECT COUNT(*) FROM chemnet_import_run")).isZero();
    }

    @Test
    void anImportThatFailsLeavesNothingInTheJournal() throws SQLException {
        NetworkGraph graph = imported(9, 20);
        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    tx.importGraph(graph);
                    throw new IllegalStateException("the import's source broke off");
                }))
                .hasMessage("the import's source broke off");

        assertThat(count("SELECT COUNT(*) FROM chemnet_import_run")).isZero();
        List<NetworkId> networks = store.read(tx -> tx.networks().ids());
        assertThat(networks).containsExactly(TestData.NETWORK);
        assertThat(count("SELECT COUNT(*) FROM chemnet_organization WHERE imported_by = 'random-9'"))
                .isZero();
    }
}
