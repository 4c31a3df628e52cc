package org.chemnet.network.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.chemnet.network.HeapProbe;
import org.chemnet.network.LargeNetworks;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.chemnet.network.json.NetworkJson;
import org.chemnet.network.validation.NetworkValidator;

/**
 * Shows that exporting a stored network works in a bounded heap: loads N organizations, each with a membership, into
 * an H2 database in a file (in chunks, through the store's bulk path), then exports the network as JSON through
 * {@link NetworkJson#export} and as Popolo through {@link NetworkJson#exportPopolo}, each to a stream that counts and
 * keeps nothing, and prints the peak heap used by each export, a line each.
 * Run at {@code -Xmx256m}:
 *
 * <pre>{@code java -Xmx256m -cp benchmarks/target/benchmarks.jar org.chemnet.network.benchmarks.BoundedHeapExport 1000000}</pre>
 */
public final class BoundedHeapExport {

    private BoundedHeapExport() {}

    /**
     * Runs the demonstration.
     *
     * @param args the number of organizations (default 1,000,000)
     * @throws IOException if the database's directory cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        int organizations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path directory = Files.createTempDirectory("chemnet-bounded-export");
        try (BenchmarkDatabase db = BenchmarkDatabase.startIn("h2", directory);
                NetworkValidator validator = NetworkValidator.create();
                NetworkRuntime runtime = NetworkRuntime.builder()
                        .validator(validator)
                        .store(JdbcNetworkStore.create(
                                db.dataSource(), JdbcConfig.defaults().withoutMigration()))
                        .build()) {
            Network network = RandomNetworks.graph(1, 0).network();
            runtime.networks().register(NetworkGraph.builder(network).build());
            LargeNetworks.load(
                    JdbcNetworkStore.create(
                            db.dataSource(), JdbcConfig.defaults().withoutMigration()),
                    network.id(),
                    organizations);
            db.analyze();
            NetworkJson json = NetworkJson.create(validator);
            for (String format : new String[] {"json", "popolo"}) {
                HeapProbe.resetPeaks();
                long started = System.nanoTime();
                HeapProbe.Counting out = new HeapProbe.Counting();
                if (format.equals("json")) {
                    json.export(runtime, network.id(), out);
                } else {
                    json.exportPopolo(runtime, network.id(), out);
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.printf(
                        "format=%s organizations=%d exportedBytes=%d exportMillis=%d peakHeapUsedBytes=%d"
                                + " maxHeapBytes=%d%n",
                        format,
                        organizations,
                        out.bytes(),
                        millis,
                        HeapProbe.peakHeapUsed(),
                        Runtime.getRuntime().maxMemory());
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
