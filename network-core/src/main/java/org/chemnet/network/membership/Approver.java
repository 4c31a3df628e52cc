package org.chemnet.network.membership;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Who decides on applications to a network.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum Approver {
    /** The secretariat registers participants, as OECC does for the Japanese network. */
    SECRETARIAT,
    /** The management board decides. */
    BOARD,
    /** Every eligible application is approved on the day it is received. */
    AUTOMATIC
}
