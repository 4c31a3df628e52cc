package org.chemnet.network.organization;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The size of an enterprise. The Japanese network exists to reach SMEs, not only large enterprises.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum EnterpriseSize {
    /** A small or medium-sized enterprise. */
    SME,
    /** A large enterprise. */
    LARGE
}
