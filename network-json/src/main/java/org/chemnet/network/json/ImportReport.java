package org.chemnet.network.json;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.chemnet.network.NetworkId;

/**
 * What an import stored and, when invalid records were skipped, what it left out and why.
 *
 * @param network the network imported; never null
 * @param stored how many records were stored, all sections together
 * @param skipped the problems of the records left out; empty unless skipping was asked for; never null
 * @since 0.1.0
 */
public record ImportReport(NetworkId network, long stored, List<CodecProblem> skipped) {
    /**
     * Creates a report.
     *
     * @throws NullPointerException if a component is null
     */
    public ImportReport {
        requireNonNull(network, "network");
        skipped = List.copyOf(skipped);
    }
}
