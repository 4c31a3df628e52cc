package org.chemnet.network.graph;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How far a network reaches.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum Scope {
    /** One country, such as Japan's network. */
    NATIONAL,
    /** A region, such as East Asia or the European Union. */
    REGIONAL,
    /** The world, such as the ICCSS global network. */
    GLOBAL
}
