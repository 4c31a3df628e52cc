package org.chemnet.network.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.chemnet.network.json.ImportReport;
import org.chemnet.network.json.NetworkJson;
import org.chemnet.network.validation.NetworkValidator;
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
 * What {@code chemnet import} does, at three sizes: a network document of 50,000, 100,000 and 200,000 organizations
 * (each with a membership and a contact person) imported through the streaming importer into an H2 database file and
 * into a real PostgreSQL, all in one transaction. The H2 file is the baseline: issue 14 asks PostgreSQL for no more
 * than twice its time, and both for times linear in the document's size. Each import starts from an empty,
 * migrated database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ImportScalingBenchmark {
    @Param({"h2", "postgresql"})
    public String database;

    @Param({"50000", "100000", "200000"})
    public int organizations;

    byte[] document;
    Path directory;
    BenchmarkDatabase db;
    JdbcNetworkStore store;
    NetworkRuntime runtime;
    NetworkValidator validator;
    NetworkJson json;

    /** Writes the document and starts the database: H2 in a file, PostgreSQL in a data directory. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(RandomNetworks.graph(2026, organizations), out);
        document = out.toByteArray();
        directory = Files.createTempDirectory("chemnet-import-scaling");
        db = BenchmarkDatabase.startIn(database, directory);
        store = JdbcNetworkStore.create(db.dataSource(), JdbcConfig.defaults().withoutMigration());
        runtime = NetworkRuntime.builder().validator(validator).store(store).build();
    }

    /** An empty database before every import. */
    @Setup(Level.Iteration)
    public void empty() {
        db.reset();
    }

    /** Stops the database and deletes its files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        runtime.close();
        db.close();
        validator.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * One import of the whole document.
     *
     * @return how many records were stored
     */
    @Benchmark
    public long importDocument() {
        ImportReport report = json.importInto(new ByteArrayInputStream(document), runtime);
        return report.stored();
    }
}
