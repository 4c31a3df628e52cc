package org.chemnet.network.organization;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where an organization stands in the supply chain of chemicals, from upstream to downstream.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum SupplyChainPosition {
    /** Makes or imports chemical substances. */
    UPSTREAM,
    /** Makes mixtures, materials or parts from them. */
    MIDSTREAM,
    /** Makes or sells finished articles. */
    DOWNSTREAM,
    /** Collects, recycles or disposes of products containing chemicals. */
    END_OF_LIFE
}
