package org.chemnet.network.examples.seed;

import java.util.List;
import org.chemnet.network.graph.NetworkGraph;

/**
 * The three seed networks the library must be able to run, as fixtures for tests and examples.
 *
 * <p>Each is rebuilt on every call and equal every time: {@link JapanNetwork}, {@link ChemSecNetwork} and {@link
 * IccssNetwork}. {@link Sources} says where their facts come from.
 *
 * @since 0.1.0
 */
public final class SeedNetworks {
    private SeedNetworks() {}

    /**
     * All three networks.
     *
     * @return the Japanese network, ChemSec and ICCSS, in that order; never null
     */
    public static List<NetworkGraph> all() {
        return List.of(JapanNetwork.graph(), ChemSecNetwork.graph(), IccssNetwork.graph());
    }
}
