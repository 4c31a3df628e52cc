package org.chemnet.network.examples.usage;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.examples.seed.ChemSecNetwork;
import org.chemnet.network.json.JsonPlugin;

/**
 * Exports a stored network as the documented JSON format and as Popolo, through the codecs a plugin contributes, each
 * streamed from the store record by record.
 */
public final class ExportANetwork {
    private ExportANetwork() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        try (NetworkRuntime runtime =
                NetworkRuntime.builder().plugin(new JsonPlugin()).build()) {
            runtime.networks().register(ChemSecNetwork.graph());
            for (String format : new String[] {"json", "popolo"}) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                // Streamed from the store, a record at a time: the network is never held in memory as a whole.
                runtime.networks()
                        .export(
                                ChemSecNetwork.ID,
                                runtime.codec(format).orElseThrow().writer(bytes));
                out.println(format + ": " + bytes.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
