package org.chemnet.network.examples.directory;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.chemnet.network.HeapProbe;
import org.chemnet.network.LargeNetworks;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.consent.ConsentChannel;
import org.chemnet.network.consent.ConsentEntry;
import org.chemnet.network.consent.ConsentEntryId;
import org.chemnet.network.consent.ConsentPurpose;
import org.chemnet.network.examples.seed.ListingConsents;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Renders the directory page of a stored network of N organizations from H2 in a file, to a stream that counts and
 * keeps nothing, and prints the peak heap the page took. Run at {@code -Xmx256m} with 1,000,000 for the figure of
 * docs/benchmarks.md; {@link BoundedHeapDirectoryTest} runs it smaller in every build.
 */
public final class BoundedHeapDirectory {
    private BoundedHeapDirectory() {}

    /**
     * Every participant consents to be listed: appended to the ledger a chunk of a thousand a transaction, as the
     * participants are read, so that this too runs in bounded memory.
     */
    private static void consentToListing(NetworkRuntime runtime, JdbcNetworkStore store, Network network) {
        java.util.List<ConsentEntry> chunk = new java.util.ArrayList<>();
        java.time.Instant at = java.time.Instant.parse("2026-03-01T00:00:00Z");
        Runnable flush = () -> {
            store.inTransaction(tx -> {
                chunk.forEach(tx.consents()::append);
                return null;
            });
            chunk.clear();
        };
        runtime.participation()
                .participantsOn(
                        org.chemnet.network.membership.ParticipantQuery.of(network.id(), LocalDate.of(2026, 12, 1)),
                        p -> {
                            chunk.add(new ConsentEntry(
                                    ConsentEntryId.of(
                                            "listing-" + p.organization().id()),
                                    network.id(),
                                    java.util.Optional.empty(),
                                    java.util.Optional.of(p.organization().id()),
                                    java.util.Optional.empty(),
                                    ConsentPurpose.DIRECTORY_LISTING,
                                    java.util.Optional.empty(),
                                    true,
                                    ConsentChannel.IMPORT,
                                    ListingConsents.TEXT,
                                    "2026-03",
                                    at,
                                    "generated",
                                    "SYSTEM host"));
                            if (chunk.size() == 1_000) {
                                flush.run();
                            }
                        });
        flush.run();
    }

    /**
     * Runs the demonstration.
     *
     * @param args the number of organizations (default 1,000,000)
     * @throws IOException if the database's directory cannot be made or removed, or the page not written
     */
    public static void main(String[] args) throws IOException {
        int organizations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path directory = Files.createTempDirectory("chemnet-bounded-directory");
        try {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + directory.resolve("h2").toAbsolutePath());
            JdbcNetworkStore store = JdbcNetworkStore.create(h2);
            try (NetworkRuntime runtime = NetworkRuntime.builder().store(store).build()) {
                Network network = RandomNetworks.graph(1, 0).network();
                runtime.networks().register(NetworkGraph.builder(network).build());
                LargeNetworks.load(store, network.id(), organizations);
                consentToListing(runtime, store, network);
                HeapProbe.resetPeaks();
                long started = System.nanoTime();
                HeapProbe.Counting out = new HeapProbe.Counting();
                try (Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    new DirectoryPage(runtime).write(network.id(), LocalDate.of(2026, 12, 1), "ja", html);
                }
                System.out.printf(
                        "organizations=%d pageBytes=%d pageMillis=%d peakHeapUsedBytes=%d maxHeapBytes=%d%n",
                        organizations,
                        out.bytes(),
                        (System.nanoTime() - started) / 1_000_000,
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
