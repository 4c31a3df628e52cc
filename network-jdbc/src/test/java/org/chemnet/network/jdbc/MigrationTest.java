package org.chemnet.network.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.chemnet.network.TestData;
import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.spi.NetworkStorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MigrationTest {
    @RegisterExtension
    static final JdbcStoreExtension H2 = JdbcStoreExtension.h2();

    @RegisterExtension
    static final JdbcStoreExtension POSTGRES = JdbcStoreExtension.postgres();

    private static List<String> tables(DataSource dataSource, String schemaPattern) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, schemaPattern, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    @Test
    void recordsItsMigrationsInAHistoryTableOfItsOwn() throws SQLException {
        JdbcNetworkStore.create(H2.newDataSource());

        assertThat(tables(H2.dataSource(), "PUBLIC"))
                .contains("chemnet_schema_history", "chemnet_network", "chemnet_membership_active")
                .doesNotContain("flyway_schema_history");
    }

    @Test
    void migratingTwiceChangesNothing() {
        DataSource dataSource = H2.newDataSource();
        JdbcNetworkStore first = JdbcNetworkStore.create(dataSource);
        first.inTransaction(tx -> {
            tx.importGraph(TestData.graph());
            return null;
        });
        JdbcNetworkStore second = JdbcNetworkStore.create(dataSource);
        List<org.chemnet.network.NetworkId> networks = second.read(r -> r.networks());
        assertThat(networks).containsExactly(TestData.NETWORK);
    }

    @Test
    void keepsTablesInAConfiguredSchemaWithAConfiguredPrefix() throws SQLException {
        JdbcConfig config = JdbcConfig.defaults().withSchema("network_data").withTablePrefix("cn_");
        JdbcNetworkStore store = JdbcNetworkStore.create(POSTGRES.newDataSource(), config);
        store.inTransaction(tx -> {
            tx.importGraph(TestData.graph());
            return null;
        });

        assertThat(tables(POSTGRES.dataSource(), "network_data")).contains("cn_network", "cn_schema_history");
        java.util.Optional<org.chemnet.network.organization.Organization> member =
                store.read(r -> r.organization(TestData.MEMBER));
        assertThat(member).contains(TestData.member());
    }

    @Test
    void aHostCanApplyTheSqlItselfAndTurnMigrationOff() throws Exception {
        DataSource dataSource = POSTGRES.newDataSource();
        String sql = migrationSql().replace("${prefix}", "hand_");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA by_hand");
            s.execute("SET search_path TO by_hand");
            s.execute(sql);
        }
        JdbcConfig config = new JdbcConfig(java.util.Optional.of("by_hand"), "hand_", false);
        JdbcNetworkStore store = JdbcNetworkStore.create(dataSource, config);
        store.inTransaction(tx -> {
            tx.importGraph(TestData.graph());
            return null;
        });

        java.util.Optional<org.chemnet.network.Network> network = store.read(r -> r.network(TestData.NETWORK));
        assertThat(network).contains(TestData.network());
        assertThat(tables(dataSource, "by_hand")).doesNotContain("hand_schema_history");
    }

    @Test
    void withoutTablesAndWithoutMigrationTheFirstUseFailsWithTheSqlState() {
        // 42S04: H2 says the table is not found
        JdbcNetworkStore store = JdbcNetworkStore.create(
                H2.newDataSource(), JdbcConfig.defaults().withoutMigration());
        assertThatThrownBy(() -> store.read(r -> r.networks()))
                .isInstanceOfSatisfying(NetworkStorageException.class, e -> assertThat(e.sqlState())
                        .contains("42S04"));
    }

    @Test
    void refusesSchemaAndPrefixNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> JdbcConfig.defaults().withSchema("x; DROP TABLE y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schema must be a plain identifier");
        assertThatThrownBy(() -> JdbcConfig.defaults().withTablePrefix("a-b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tablePrefix must be empty or a plain identifier");
        assertThat(JdbcConfig.defaults().withTablePrefix("").historyTable()).isEqualTo("schema_history");
    }

    /** Every migration, in order, as a host's DBA would run them. */
    private static String migrationSql() throws IOException {
        StringBuilder sql = new StringBuilder();
        for (String name : List.of("V1__chemnet_schema.sql", "V2__participants_by_organization.sql")) {
            try (InputStream in =
                    JdbcNetworkStore.class.getResourceAsStream("/org/chemnet/network/jdbc/migration/" + name)) {
                sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        return sql.toString();
    }
}
