package org.chemnet.network.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.chemnet.network.ActivitiesContract;
import org.chemnet.network.AgreementsContract;
import org.chemnet.network.DirectoryContract;
import org.chemnet.network.ForeignIdsContract;
import org.chemnet.network.OrganizationsOverTimeContract;
import org.chemnet.network.PartnershipsContract;
import org.chemnet.network.RegistrationsContract;
import org.chemnet.network.RosterContract;
import org.chemnet.network.SecretariatHandoverContract;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.spi.ContentPortContract;
import org.chemnet.network.spi.GovernancePortContract;
import org.chemnet.network.spi.MembershipPortContract;
import org.chemnet.network.spi.NetworkPortContract;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.OrganizationPortContract;
import org.chemnet.network.spi.SubscriptionPortContract;
import org.chemnet.network.spi.Versioned;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every store contract suite of network-core and the use-case races, one {@code @Nested} class each, on the database
 * of {@link #db()}: those of {@link DurableStoreContracts}, and the others; and what only the JDBC store promises:
 * bulk imports without reads, read-only queries.
 */
abstract class JdbcStoreContracts extends DurableStoreContracts {
    @Nested
    class Consents extends org.chemnet.network.ConsentLedgerContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class ConsentPort extends org.chemnet.network.spi.ConsentPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode() {
            return beside(store);
        }
    }

    @Nested
    class SignUps extends org.chemnet.network.SignUpsContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class Deliverability extends org.chemnet.network.DeliverabilityContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class SignUpPort extends org.chemnet.network.spi.SignUpPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode() {
            return beside(store);
        }
    }

    @Nested
    class Addresses extends org.chemnet.network.spi.AddressPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode() {
            return beside(store);
        }
    }

    @Nested
    class EventSeries extends org.chemnet.network.EventSeriesContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class Decisions extends org.chemnet.network.DecisionsContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class Affiliations extends org.chemnet.network.AffiliationsContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class Registrations extends RegistrationsContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class Agreements extends AgreementsContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class Rosters extends RosterContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class OrganizationsOverTime extends OrganizationsOverTimeContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class ForeignIds extends ForeignIdsContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class Directory extends DirectoryContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class ActivityUseCases extends ActivitiesContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class PartnershipUseCases extends PartnershipsContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class SecretariatHandover extends SecretariatHandoverContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return beside(store);
        }
    }

    @Nested
    class Networks extends NetworkPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode() {
            return beside(store);
        }
    }

    @Nested
    class Organizations extends OrganizationPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode() {
            return beside(store);
        }
    }

    @Nested
    class Memberships extends MembershipPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode() {
            return beside(store);
        }
    }

    @Nested
    class Governance extends GovernancePortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode() {
            return beside(store);
        }
    }

    @Nested
    class Content extends ContentPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode() {
            return beside(store);
        }
    }

    @Nested
    class Subscriptions extends SubscriptionPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode() {
            return beside(store);
        }
    }

    // ---------------------------------------------------------------- what only the JDBC store promises

    private static final int BULK = 20_000;

    private static List<Organization> organizations(String name) {
        List<Organization> organizations = new ArrayList<>();
        for (int i = 0; i < BULK; i++) {
            organizations.add(Organization.builder(
                            OrganizationId.of(String.format("bulk-%05d", i)),
                            LocalizedText.en(name + " " + i),
                            OrganizationType.NGO)
                    .country("JP")
                    .build());
        }
        return organizations;
    }

    /** How many rows the organization table holds, and their lowest and highest version. */
    private List<Long> organizationRows() throws SQLException {
        JdbcConfig config = db().lastConfig();
        String table = config.schema().map(s -> "\"" + s + "\".").orElse("") + config.tablePrefix() + "organization";
        try (Connection c = db().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(row_version), MAX(row_version) FROM " + table
                        + " WHERE id LIKE 'bulk-%'")) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    @Test
    void importsTwentyThousandOrganizationsThenReadsThemAllBackInBulk() throws SQLException {
        NetworkStore store = fresh();
        store.inTransaction(tx -> {
            tx.importGraph(TestData.graph());
            return null;
        });
        List<Organization> first = organizations("First");
        List<Membership> memberships = first.stream()
                .map(o -> JdbcRuntimeContract.active("m-" + o.id().value(), o.id()))
                .toList();
        store.inTransaction(tx -> {
            tx.organizations().insertOrganizations(first);
            tx.memberships().insertAll(memberships);
            return null;
        });
        assertThat(organizationRows()).containsExactly((long) BULK, 1L, 1L);

        Map<OrganizationId, Versioned<Organization>> read = store.read(tx -> tx.organizations()
                .findOrganizations(first.stream().map(Organization::id).toList()));

        assertThat(read).hasSize(BULK);
        assertThat(read.get(first.get(BULK - 1).id())).isEqualTo(new Versioned<>(first.get(BULK - 1), 1));
        List<Membership> stored = store.read(tx -> tx.memberships().memberships(TestData.NETWORK));
        assertThat(stored).hasSize(BULK + 1);
    }

    @Test
    void aMembershipStoredAlreadyFailsTheBulkImportWithItsKeyAndSqlState() {
        NetworkStore store = fresh();
        store.inTransaction(tx -> {
            tx.importGraph(TestData.graph());
            return null;
        });
        // Ended memberships of one organization, then, in the second batch, one that the test graph stored already.
        List<Membership> withStored = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            withStored.add(JdbcRuntimeContract.active("m-ended-" + i, TestData.HOST)
                    .moveTo(StatusChange.of(MembershipStatus.WITHDRAWN, LocalDate.of(2021, 5, 1))));
        }
        withStored.add(TestData.activeMembership());

        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    tx.memberships().insertAll(withStored);
                    return null;
                }))
                .isInstanceOfSatisfying(NetworkStorageException.class, e -> assertThat(e.sqlState())
                        .contains("23505"))
                .hasMessageContaining("stored already")
                .hasMessageContaining(TestData.activeMembership().id().value());
        Optional<Membership> first =
                store.read(tx -> tx.memberships().membership(withStored.get(0).id()));
        assertThat(first).isEmpty();
    }

    @Test
    void readsOnAReadOnlyConnectionAndGivesItBackAsItWas() throws SQLException {
        fresh();
        try (Connection connection = db().dataSource().getConnection()) {
            JdbcNetworkStore store = JdbcNetworkStore.create(
                    new OneConnection(connection), db().lastConfig().withoutMigration());
            if (db().database() == JdbcStoreExtension.Database.POSTGRESQL) {
                // 25006: read-only SQL transaction
                assertThatThrownBy(() -> store.read(tx -> {
                            tx.organizations().insert(TestData.member());
                            return null;
                        }))
                        .isInstanceOfSatisfying(NetworkStorageException.class, e -> assertThat(e.sqlState())
                                .contains("25006"));
            }
            assertThat(connection.isReadOnly()).isFalse();

            store.inTransaction(tx -> {
                tx.organizations().insert(TestData.member());
                return null;
            });

            Optional<Organization> member = store.read(tx -> tx.organizations().organization(TestData.MEMBER));
            assertThat(member).contains(TestData.member());
            assertThat(connection.isReadOnly()).isFalse();
        }
    }

    /** A data source that hands out one connection again and again, never closing it: what the store does to it shows. */
    private static final class OneConnection implements DataSource {
        private final Connection connection;

        OneConnection(Connection real) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                    return null;
                }
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            this.connection = (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }

        @Override
        public Connection getConnection() {
            return connection;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return connection;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
