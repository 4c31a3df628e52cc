package org.chemnet.network.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.NetworkGraph;
import org.chemnet.network.NetworkId;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The participants-as-of-a-day query over a network of 1,000,000 organizations, each with a membership (1,000,000
 * participation rows, their status histories and active periods), in H2 and in a real PostgreSQL: latency
 * percentiles (JMH's sample mode; read p0.50 and p0.99). Two queries, each against the same SQL written by hand with
 * plain JDBC (the limit): how many took part on a day, and who did, of one type in one country, with their
 * memberships and status histories.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class AsOfQueryBenchmark {
    /** The day asked about. */
    static final LocalDate DAY = LocalDate.of(2015, 6, 30);

    /** Participation rows per import transaction while loading. */
    private static final int CHUNK = 50_000;

    @Param({"h2", "postgresql"})
    public String database;

    @Param("1000000")
    public int organizations;

    BenchmarkDatabase db;
    JdbcNetworkStore store;
    NetworkId network;
    ParticipantQuery everyone;
    ParticipantQuery ngosInSweden;

    /** Loads the network through the store's bulk path, a chunk at a time, and lets the database analyze it. */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        db = BenchmarkDatabase.start(database);
        store = JdbcNetworkStore.create(db.dataSource(), JdbcConfig.defaults().withoutMigration());
        NetworkGraph graph = RandomNetworks.graph(1_000_000_007L, organizations);
        network = graph.network().id();
        store.inTransaction(tx -> {
            tx.putNetwork(graph.network());
            return null;
        });
        for (int from = 0; from < organizations; from += CHUNK) {
            List<Organization> orgs = graph.organizations().subList(from, Math.min(organizations, from + CHUNK));
            List<Membership> memberships = graph.memberships().subList(from, from + orgs.size()).stream()
                    .map(m -> new Membership(
                            m.id(), m.network(), m.organization(), m.role(), Optional.empty(), m.history(), 0))
                    .toList();
            store.inTransaction(tx -> {
                tx.putOrganizations(orgs);
                tx.insertMemberships(memberships);
                return null;
            });
        }
        db.analyze();
        everyone = ParticipantQuery.of(network, DAY);
        ngosInSweden = everyone.types(OrganizationType.NGO).countries("SE");
    }

    /** Stops the database. */
    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
    }

    /**
     * Ours: how many took part on the day.
     *
     * @return the count
     */
    @Benchmark
    public long countOurs() {
        return store.read(r -> r.countParticipants(everyone));
    }

    /**
     * The limit: the same count by hand.
     *
     * @return the count
     */
    @Benchmark
    public long countRawJdbc() throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM chemnet_membership_active a"
                        + " JOIN chemnet_organization o ON o.id = a.organization_id"
                        + " WHERE a.network_id = ? AND a.start_on <= ? AND (a.end_on IS NULL OR a.end_on >= ?)")) {
            bindDay(s);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Ours: the NGOs in Sweden that took part on the day, with their memberships and histories.
     *
     * @return how many
     */
    @Benchmark
    public int listOurs() {
        List<Participant> found = store.read(r -> r.participants(ngosInSweden));
        return found.size();
    }

    /** An organization's columns and its membership's, with one status of its history, as a plain row. */
    record PlainParticipant(
            String organization,
            String name,
            String type,
            String country,
            String membership,
            String role,
            List<String> statuses) {}

    /**
     * The limit: the same participants by hand, in one query joining the statuses, grouped in Java.
     *
     * @return how many
     */
    @Benchmark
    public int listRawJdbc() throws SQLException {
        List<PlainParticipant> found = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT o.id, o.name, o.other_names, o.acronym, o.org_type,"
                        + " o.community, o.country, o.website, o.enterprise_size, o.supply_chain, o.sectors,"
                        + " o.identifiers, o.contact_details, m.id, m.member_role, m.contact_id, m.row_version,"
                        + " s.status, s.effective_on, s.reason"
                        + " FROM chemnet_membership_active a JOIN chemnet_organization o ON o.id = a.organization_id"
                        + " JOIN chemnet_membership m ON m.id = a.membership_id"
                        + " JOIN chemnet_membership_status s ON s.membership_id = m.id"
                        + " WHERE a.network_id = ? AND a.start_on <= ? AND (a.end_on IS NULL OR a.end_on >= ?)"
                        + " AND o.org_type IN (?) AND o.country IN (?) ORDER BY o.id, m.id, s.seq")) {
            bindDay(s);
            s.setString(4, OrganizationType.NGO.name());
            s.setString(5, "SE");
            try (ResultSet rs = s.executeQuery()) {
                PlainParticipant current = null;
                while (rs.next()) {
                    String membership = rs.getString(14);
                    if (current == null || !current.membership().equals(membership)) {
                        current = new PlainParticipant(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(5),
                                rs.getString(7),
                                membership,
                                rs.getString(15),
                                new ArrayList<>());
                        found.add(current);
                    }
                    current.statuses().add(rs.getString(18) + "@" + rs.getObject(19, LocalDate.class));
                }
            }
        }
        return found.size();
    }

    private void bindDay(PreparedStatement s) throws SQLException {
        s.setString(1, network.value());
        s.setObject(2, DAY);
        s.setObject(3, DAY);
    }
}
