package org.chemnet.network.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.chemnet.network.kernel.NetworkId;
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
 * percentiles (JMH's sample mode; read p0.50 and p0.99). Two queries, each against the same question asked in SQL by
 * hand with plain JDBC (the limit): how many took part on a day, and who did, of one type in one country, with their
 * memberships and status histories. Each call asks about the next of sixteen days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class AsOfQueryBenchmark {
    /**
     * The days asked about, in turn: a database may answer a query it answered just before from that result (H2
     * does, in microseconds), which no user asking about another day would see.
     */
    static final LocalDate[] DAYS = new LocalDate[16];

    static {
        for (int i = 0; i < DAYS.length; i++) {
            DAYS[i] = LocalDate.of(2011, 1, 1).plusDays(97L * i);
        }
    }

    /** The seed of the network: the same seed and size make the same network, so a kept load stays valid. */
    private static final long SEED = 1_000_000_007L;

    /** Participation rows per import transaction while loading. */
    private static final int CHUNK = 50_000;

    @Param({"h2", "postgresql"})
    public String database;

    @Param("1000000")
    public int organizations;

    /** Where loaded databases are kept between forks. */
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "chemnet-benchmarks");

    BenchmarkDatabase db;
    JdbcNetworkStore store;
    NetworkId network;
    /** Which of the {@link #DAYS} comes next. */
    int turn;

    /**
     * Opens the database the first fork of this size loaded, or loads it: the network through the store's bulk path,
     * a chunk at a time, then the database's statistics. Loading a million takes minutes; every query benchmark runs
     * in a fork of its own, so the load is kept in a directory under {@code java.io.tmpdir} and marked complete only
     * at the end (a cut-off load is thrown away and done again).
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path directory = cache.resolve("asof-" + database + "-" + organizations);
        Path complete = directory.resolve("complete");
        if (!Files.exists(complete)) {
            deleteRecursively(directory);
        }
        db = BenchmarkDatabase.startIn(database, directory);
        store = JdbcNetworkStore.create(db.dataSource(), JdbcConfig.defaults().withoutMigration());
        network = RandomNetworks.networkId(SEED);
        if (!Files.exists(complete)) {
            load(RandomNetworks.graph(SEED, organizations));
            db.analyze();
            Files.createFile(complete);
            // The fork that loaded measures too: let it start without the load's garbage, as the others do.
            System.gc();
        }
    }

    private void load(NetworkGraph graph) {
        store.inTransaction(tx -> {
            tx.networks().insert(graph.network());
            return null;
        });
        for (int from = 0; from < organizations; from += CHUNK) {
            List<Organization> orgs = graph.organizations().subList(from, Math.min(organizations, from + CHUNK));
            List<Membership> memberships =
                    JdbcImportBenchmark.withoutContacts(graph.memberships().subList(from, from + orgs.size()));
            store.inTransaction(tx -> {
                tx.organizations().insertOrganizations(orgs);
                tx.memberships().insertAll(memberships);
                return null;
            });
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
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
        ParticipantQuery everyone = ParticipantQuery.of(network, nextDay());
        return store.read(r -> r.memberships().countParticipants(everyone));
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
        ParticipantQuery ngosInSweden = ParticipantQuery.of(network, nextDay())
                .types(OrganizationType.NGO)
                .countries("SE");
        List<Participant> found = store.read(r -> r.memberships().participants(ngosInSweden));
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
        LocalDate day = nextDay();
        s.setString(1, network.value());
        s.setObject(2, day);
        s.setObject(3, day);
    }

    private LocalDate nextDay() {
        return DAYS[turn++ % DAYS.length];
    }
}
