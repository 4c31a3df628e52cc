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
import org.flywaydb.core.Flyway;
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
        List<org.chemnet.network.kernel.NetworkId> networks =
                second.read(r -> r.networks().ids());
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
                store.read(r -> r.organizations().organization(TestData.MEMBER));
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

        java.util.Optional<org.chemnet.network.graph.Network> network =
                store.read(r -> r.networks().network(TestData.NETWORK));
        assertThat(network).contains(TestData.network());
        assertThat(tables(dataSource, "by_hand")).doesNotContain("hand_schema_history");
    }

    @Test
    void withoutTablesAndWithoutMigrationTheFirstUseFailsWithTheSqlState() {
        // 42S04: H2 says the table is not found
        JdbcNetworkStore store = JdbcNetworkStore.create(
                H2.newDataSource(), JdbcConfig.defaults().withoutMigration());
        assertThatThrownBy(() -> store.read(r -> r.networks().ids()))
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

    // ---------------------------------------------------------------- a schema shared with the host

    private static final String HOST_MIGRATIONS = "classpath:org/chemnet/network/jdbc/host";

    /** The host's own Flyway, with its own history table (Flyway's default name). */
    private static void migrateTheHost(DataSource dataSource, java.util.Optional<String> schema) {
        var host = Flyway.configure(MigrationTest.class.getClassLoader())
                .dataSource(dataSource)
                .locations(HOST_MIGRATIONS);
        schema.ifPresent(s -> host.schemas(s).defaultSchema(s));
        host.load().migrate();
    }

    /** Every row of a table, as text, in order of its first column. */
    private static List<String> rows(DataSource dataSource, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** The versions the store's own history records, baseline included (not Flyway's markers without one). */
    private static List<String> chemnetVersions(DataSource dataSource, String historyTable) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\", \"type\" FROM " + historyTable
                        + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return versions;
    }

    private static void sharesASchemaWithTheHost(
            DataSource dataSource, java.util.Optional<String> schema, String qualifier) throws SQLException {
        migrateTheHost(dataSource, schema);
        List<String> hostHistory = rows(dataSource, qualifier + "\"flyway_schema_history\"");
        List<String> hostOrders = rows(dataSource, qualifier + "host_order");
        JdbcConfig config = schema.map(JdbcConfig.defaults()::withSchema).orElse(JdbcConfig.defaults());

        JdbcNetworkStore store = JdbcNetworkStore.create(dataSource, config);
        store.inTransaction(tx -> {
            tx.importGraph(TestData.graph());
            return null;
        });
        String history = qualifier + "\"" + config.historyTable() + "\"";
        List<String> applied = chemnetVersions(dataSource, history);
        JdbcNetworkStore.create(dataSource, config);

        assertThat(applied)
                .containsExactly(
                        "0 BASELINE",
                        "1 SQL",
                        "2 SQL",
                        "3 SQL",
                        "4 SQL",
                        "5 SQL",
                        "6 SQL",
                        "7 SQL",
                        "8 SQL",
                        "9 SQL",
                        "10 SQL",
                        "11 SQL",
                        "12 SQL",
                        "13 SQL",
                        "14 SQL",
                        "15 SQL",
                        "16 SQL",
                        "17 SQL");
        assertThat(chemnetVersions(dataSource, history)).isEqualTo(applied);
        assertThat(rows(dataSource, qualifier + "\"flyway_schema_history\""))
                .isEqualTo(hostHistory)
                .anyMatch(row -> row.contains("V1__host_orders.sql"));
        assertThat(rows(dataSource, qualifier + "host_order"))
                .containsExactly("1|kept as it was|")
                .isEqualTo(hostOrders);
        List<org.chemnet.network.kernel.NetworkId> ids =
                store.read(r -> r.networks().ids());
        assertThat(ids).containsExactly(TestData.NETWORK);
    }

    @Test
    void sharesAnH2SchemaWithTheHostsTablesAndTheHostsOwnFlywayHistory() throws SQLException {
        sharesASchemaWithTheHost(H2.newDataSource(), java.util.Optional.empty(), "");
    }

    @Test
    void sharesAPostgresSchemaWithTheHostsTablesAndTheHostsOwnFlywayHistory() throws SQLException {
        sharesASchemaWithTheHost(POSTGRES.newDataSource(), java.util.Optional.of("host_app"), "host_app.");
    }

    @Test
    void refusesToMigrateOverChemnetTablesAppliedByHand() throws Exception {
        DataSource dataSource = H2.newDataSource();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(migrationSql().replace("${prefix}", "chemnet_"));
        }

        assertThatThrownBy(() -> JdbcNetworkStore.create(dataSource))
                .isInstanceOf(NetworkStorageException.class)
                .hasMessageContaining("applied by hand")
                .hasMessageContaining("chemnet_schema_history");
        JdbcNetworkStore byHand =
                JdbcNetworkStore.create(dataSource, JdbcConfig.defaults().withoutMigration());
        List<org.chemnet.network.kernel.NetworkId> ids =
                byHand.read(r -> r.networks().ids());
        assertThat(ids).isEmpty();
    }

    // ---------------------------------------------------------------- from version 2 to version 3

    /** Rows as version 2 kept them: a declaration with two endorsements, a subscription with a pending delivery. */
    private static final List<String> VERSION_2_ROWS = List.of(
            "INSERT INTO %snetwork (id, name, network_scope, purpose, focus_regions, principles, organizations_only,"
                    + " eligible_types, approver) VALUES ('n', '{\"en\":\"N\"}', 'NATIONAL', '{\"en\":\"P\"}',"
                    + " '[]', '[]', FALSE, '[]', 'SECRETARIAT')",
            "INSERT INTO %sorganization (id, name, other_names, org_type, supply_chain, sectors, identifiers,"
                    + " contact_details) VALUES ('a', '{\"en\":\"A\"}', '[]', 'NGO', '[]', '[]', '[]', '[]')",
            "INSERT INTO %sorganization (id, name, other_names, org_type, supply_chain, sectors, identifiers,"
                    + " contact_details) VALUES ('b', '{\"en\":\"B\"}', '[]', 'NGO', '[]', '[]', '[]', '[]')",
            "INSERT INTO %sevent (id, network_id, name, kind, start_on, city, country) VALUES ('e', 'n',"
                    + " '{\"en\":\"E\"}', 'SUMMIT', DATE '2016-04-20', 'Tokyo', 'JP')",
            "INSERT INTO %sdeclaration (id, network_id, title, event_id, adopted_on, goals, guidelines, principles)"
                    + " VALUES ('d', 'n', '{\"en\":\"D\"}', 'e', DATE '2016-04-20', '[]', '[]', '[]')",
            "INSERT INTO %sendorsement (declaration_id, pos, organization_id, endorsed_on, withdrawn_on)"
                    + " VALUES ('d', 0, 'b', DATE '2016-04-20', NULL)",
            "INSERT INTO %sendorsement (declaration_id, pos, organization_id, endorsed_on, withdrawn_on)"
                    + " VALUES ('d', 1, 'a', DATE '2016-04-20', DATE '2017-01-01')",
            "INSERT INTO %sperson (id, name) VALUES ('p', 'Reader')",
            "INSERT INTO %sactivity (id, network_id, pos, kind, title, details) VALUES ('nl', 'n', 1, 'NEWSLETTER',"
                    + " '{\"en\":\"NL\"}', '{\"topics\":[],\"feeAmount\":\"0\",\"feeCurrency\":\"JPY\"}')",
            "INSERT INTO %ssubscription (id, newsletter_id, address, person_id, topics, consent_on, consent_source,"
                    + " status, status_since) VALUES ('s', 'nl', 'reader@example.org', 'p', '[]', DATE '2020-01-01',"
                    + " 'form', 'ACTIVE', DATE '2020-01-01')",
            "INSERT INTO %smail_message (id, kind, newsletter_id, issue_number, issued_on, topics, subject, body)"
                    + " VALUES ('m', 'NEWSLETTER_ISSUE', 'nl', 1, DATE '2020-06-30', '[]', '{\"en\":\"S\"}',"
                    + " '{\"en\":\"B\"}')",
            "INSERT INTO %sdelivery (id, message_id, address, recipient_name, lang, subscription_id, status,"
                    + " attempts, next_attempt_us) VALUES ('dl', 'm', 'reader@example.org', 'Reader', 'en', 's',"
                    + " 'PENDING', 0, 0)");

    private static void upgradesFromVersionTwo(DataSource dataSource, JdbcConfig config, String qualifier)
            throws SQLException {
        var v2 = Flyway.configure(JdbcNetworkStore.class.getClassLoader())
                .dataSource(dataSource)
                .locations(JdbcNetworkStore.MIGRATIONS)
                .table(config.historyTable())
                .placeholders(java.util.Map.of("prefix", config.tablePrefix()))
                .target("2");
        config.schema().ifPresent(s -> v2.schemas(s).defaultSchema(s));
        v2.load().migrate();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String row : VERSION_2_ROWS) {
                s.execute(String.format(Locale.ROOT, row, qualifier + config.tablePrefix()));
            }
        }

        JdbcNetworkStore store = JdbcNetworkStore.create(dataSource, config);

        var d = org.chemnet.network.declaration.DeclarationId.of("d");
        var p = org.chemnet.network.organization.PersonId.of("p");
        var n = org.chemnet.network.kernel.NetworkId.of("n");
        assertThat(store.read(r -> r.content().declaration(d)).orElseThrow().endorsements())
                .extracting(
                        e -> e.organization().value() + " " + e.withdrawnOn().isPresent())
                .containsExactly("b false", "a true");
        long networkVersion =
                store.read(r -> r.networks().find(n)).orElseThrow().version();
        assertThat(networkVersion).isEqualTo(1);
        long boardVersion = store.read(r -> r.governance().boardVersion(n));
        assertThat(boardVersion).isZero();
        // Version 6: an activity stored before is at version 1 and not retired.
        var newsletter = store.read(r -> r.content().activity(n, org.chemnet.network.activity.ActivityId.of("nl")))
                .orElseThrow();
        assertThat(newsletter.version()).isEqualTo(1);
        assertThat(newsletter.value().retired()).isEmpty();
        List<org.chemnet.network.newsletter.Delivery> before =
                store.read(r -> r.outbox().deliveriesTo(p));
        assertThat(before).singleElement().satisfies(delivery -> assertThat(delivery.subscription())
                .isPresent());

        store.inTransaction(tx -> {
            tx.content()
                    .insertEndorsement(
                            d,
                            org.chemnet.network.declaration.Endorsement.of(
                                    org.chemnet.network.organization.OrganizationId.of("a"),
                                    java.time.LocalDate.of(2018, 1, 1)));
            tx.subscriptions().delete(org.chemnet.network.newsletter.SubscriptionId.of("s"));
            return null;
        });
        assertThat(store.read(r -> r.content().declaration(d)).orElseThrow().endorsements())
                .extracting(e -> e.organization().value())
                .containsExactly("b", "a", "a");
        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    tx.content()
                            .insertEndorsement(
                                    d,
                                    org.chemnet.network.declaration.Endorsement.of(
                                            org.chemnet.network.organization.OrganizationId.of("b"),
                                            java.time.LocalDate.of(2019, 1, 1)));
                    return null;
                }))
                .isInstanceOf(org.chemnet.network.kernel.ConcurrentUpdateException.class);
        // The delivery of version 2 is still pending: deleting its subscription drops it, so it is never sent.
        List<org.chemnet.network.newsletter.Delivery> after =
                store.read(r -> r.outbox().deliveriesTo(p));
        assertThat(after).isEmpty();
    }

    @Test
    void upgradesAnH2SchemaOfVersionTwoKeepingEndorsementsAndDeliveries() throws SQLException {
        upgradesFromVersionTwo(H2.newDataSource(), JdbcConfig.defaults(), "");
    }

    @Test
    void upgradesAPostgresSchemaOfVersionTwoKeepingEndorsementsAndDeliveries() throws SQLException {
        upgradesFromVersionTwo(POSTGRES.newDataSource(), JdbcConfig.defaults().withSchema("from_v2"), "from_v2.");
    }

    // ---------------------------------------------------------------- from version 4 to version 5

    /**
     * Organizations and a membership as version 4 kept them: a membership's current status comes from its history,
     * and the organizations' search text, which only Java computes, is filled by {@link SearchIndex}.
     */
    private static void upgradesFromVersionFour(DataSource dataSource, JdbcConfig config, String qualifier)
            throws SQLException {
        var v4 = Flyway.configure(JdbcNetworkStore.class.getClassLoader())
                .dataSource(dataSource)
                .locations(JdbcNetworkStore.MIGRATIONS)
                .table(config.historyTable())
                .placeholders(java.util.Map.of("prefix", config.tablePrefix()))
                .target("4");
        config.schema().ifPresent(s -> v4.schemas(s).defaultSchema(s));
        v4.load().migrate();
        List<String> rows = List.of(
                "INSERT INTO %snetwork (id, name, network_scope, purpose, focus_regions, principles,"
                        + " organizations_only, eligible_types, approver) VALUES ('n', '{\"en\":\"N\"}', 'NATIONAL',"
                        + " '{\"en\":\"P\"}', '[]', '[]', FALSE, '[]', 'SECRETARIAT')",
                "INSERT INTO %sorganization (id, name, other_names, acronym, org_type, supply_chain, sectors,"
                        + " identifiers, contact_details) VALUES ('a', '{\"en\":\"Société Générale\",\"ja\":"
                        + "\"試験化学株式会社\"}', '[\"Former Name\"]', 'SGC', 'NGO', '[]', '[]', '[]', '[]')",
                "INSERT INTO %sorganization (id, name, other_names, org_type, supply_chain, sectors, identifiers,"
                        + " contact_details) VALUES ('b', '{\"en\":\"Other\"}', '[]', 'NGO', '[]', '[]', '[]', '[]')",
                "INSERT INTO %smembership (id, network_id, organization_id, member_role, row_version, since)"
                        + " VALUES ('m', 'n', 'a', 'PARTICIPANT', 1, DATE '2020-01-01')",
                "INSERT INTO %smembership_status (membership_id, seq, status, effective_on) VALUES"
                        + " ('m', 0, 'APPLIED', DATE '2020-01-01'), ('m', 1, 'REJECTED', DATE '2020-02-01')");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String row : rows) {
                s.execute(String.format(Locale.ROOT, row, qualifier + config.tablePrefix()));
            }
        }
        JdbcNetworkStore store = JdbcNetworkStore.create(dataSource, config);
        java.util.function.Function<String, List<String>> search =
                text -> store.read(r -> r.organizations().search(text, java.util.Optional.empty(), 10)).stream()
                        .map(o -> o.id().value())
                        .toList();
        List<String> rejected = store
                .read(r -> r.memberships()
                        .membershipsAfter(
                                org.chemnet.network.kernel.NetworkId.of("n"),
                                java.util.Optional.of(org.chemnet.network.membership.MembershipStatus.REJECTED),
                                java.util.Optional.empty(),
                                10))
                .stream()
                .map(m -> m.id().value())
                .toList();
        assertThat(rejected).containsExactly("m");
        // Migrating to V5 (JdbcNetworkStore.create) wrote the search text of the organizations stored before it.
        assertThat(search.apply("化学")).containsExactly("a");
        assertThat(search.apply("societe")).containsExactly("a");
        assertThat(search.apply("former")).containsExactly("a");
        assertThat(search.apply("sgc")).containsExactly("a");
        assertThat(search.apply("other")).containsExactly("b");
        assertThat(SearchIndex.fillMissing(dataSource, config)).isZero();
    }

    @Test
    void upgradesAnH2SchemaOfVersionFourAndFillsTheSearchTextOfItsOrganizations() throws SQLException {
        upgradesFromVersionFour(H2.newDataSource(), JdbcConfig.defaults(), "");
    }

    @Test
    void upgradesAPostgresSchemaOfVersionFourAndFillsTheSearchTextOfItsOrganizations() throws SQLException {
        upgradesFromVersionFour(POSTGRES.newDataSource(), JdbcConfig.defaults().withSchema("from_v4"), "from_v4.");
    }

    /** Every migration, in order, as a host's DBA would run them. */
    private static String migrationSql() throws IOException {
        StringBuilder sql = new StringBuilder();
        for (String name : List.of(
                "V1__chemnet_schema.sql",
                "V2__participants_by_organization.sql",
                "V3__several_nodes.sql",
                "V4__import_journal.sql",
                "V5__search_and_paging.sql",
                "V6__content_over_time.sql",
                "V7__organizations_over_time.sql",
                "V8__change_log.sql",
                "V9__agreements.sql",
                "V10__registrations.sql",
                "V11__affiliations.sql",
                "V12__event_series.sql",
                "V13__board_decisions.sql",
                "V14__imported_affiliations.sql")) {
            try (InputStream in =
                    JdbcNetworkStore.class.getResourceAsStream("/org/chemnet/network/jdbc/migration/" + name)) {
                sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        return sql.toString();
    }
}
