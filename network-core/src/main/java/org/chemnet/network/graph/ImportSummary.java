package org.chemnet.network.graph;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;

/**
 * What an import stored.
 *
 * @param network the network imported
 * @param stored how many records were stored (the network, the board and the secretariat count one each)
 * @param refused how many records were refused
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public record ImportSummary(NetworkId network, long stored, long refused) {
    /** Checks the components. */
    public ImportSummary {
        requireNonNull(network, "network");
    }
}
