package org.chemnet.network.json;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;

/**
 * What an import stored and, when invalid records were skipped, what it left out and why.
 *
 * @param network the network imported; never null
 * @param stored how many records were stored, all sections together
 * @param skipped the problems of the records left out, up to {@link JsonOptions#maxProblems()}; empty unless
 *     skipping was asked for; never null
 * @param problemCount how many problems there were, listed or not (since 0.3.0)
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record ImportReport(NetworkId network, long stored, List<CodecProblem> skipped, long problemCount) {
    /**
     * Creates a report.
     *
     * @throws NullPointerException if a component is null
     */
    public ImportReport {
        requireNonNull(network, "network");
        skipped = List.copyOf(skipped);
    }

    /**
     * Creates a report that lists every problem.
     *
     * @param network the network imported
     * @param stored how many records were stored
     * @param skipped the problems of the records left out
     */
    public ImportReport(NetworkId network, long stored, List<CodecProblem> skipped) {
        this(network, stored, skipped, skipped.size());
    }
}
