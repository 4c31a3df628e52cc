package org.chemnet.network.benchmarks;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.benchmarks.hibernate.HibernateImport;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.organization.Organization;
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
 * A bulk import of organizations with their memberships (status histories and active periods included) into H2 and
 * into a real PostgreSQL: ours (the store's bulk path, {@code insertOrganizations} and {@code insertAll} in one
 * transaction) against the limit, plain JDBC batches of the same rows, and against Hibernate ORM 7 batch-persisting
 * entities that hold them. Every contender starts from the same domain records and writes the same rows into
 * chemnet's schema, emptied before every import. One import per iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class JdbcImportBenchmark {
    /** The tables an import writes, children first. */
    static final String[] TABLES = {"membership_active", "membership_status", "membership", "organization"};

    @Param({"h2", "postgresql"})
    public String database;

    @Param("100000")
    public int organizations;

    List<Organization> orgs;
    List<Membership> memberships;
    BenchmarkDatabase db;
    JdbcNetworkStore store;
    HibernateImport hibernate;

    /** Makes the network, starts the database and stores the network's own row, which memberships refer to. */
    @Setup(Level.Trial)
    public void setUp() {
        NetworkGraph graph = RandomNetworks.graph(2026, organizations);
        orgs = graph.organizations();
        memberships = withoutContacts(graph.memberships());
        db = BenchmarkDatabase.start(database);
        store = JdbcNetworkStore.create(db.dataSource(), JdbcConfig.defaults().withoutMigration());
        store.inTransaction(tx -> {
            tx.networks().insert(graph.network());
            return null;
        });
        hibernate = HibernateImport.over(db.dataSource());
    }

    /**
     * The memberships without their contact persons, which the JDBC benchmarks do not store: persons are not part of
     * what they compare.
     */
    static List<Membership> withoutContacts(List<Membership> memberships) {
        return memberships.stream()
                .map(m -> new Membership(
                        m.id(), m.network(), m.organization(), m.role(), Optional.empty(), m.history(), 0))
                .toList();
    }

    /** Empties the tables before every import. */
    @Setup(Level.Iteration)
    public void empty() {
        db.clear(TABLES);
    }

    /** Stops the database. */
    @TearDown(Level.Trial)
    public void tearDown() {
        hibernate.close();
        db.close();
    }

    /**
     * Ours: the store's bulk path.
     *
     * @return how many memberships were stored
     */
    @Benchmark
    public int ours() {
        return store.inTransaction(tx -> {
            tx.organizations().insertOrganizations(orgs);
            tx.memberships().insertAll(memberships);
            return memberships.size();
        });
    }

    /**
     * The limit: plain JDBC batches.
     *
     * @return how many rows were written
     */
    @Benchmark
    public int rawJdbc() throws SQLException {
        return RawJdbcImport.write(db.dataSource(), orgs, memberships);
    }

    /**
     * What many users would pick instead: Hibernate ORM 7 batch persist.
     *
     * @return how many rows were written
     */
    @Benchmark
    public int hibernate() {
        return hibernate.write(orgs, memberships);
    }
}
