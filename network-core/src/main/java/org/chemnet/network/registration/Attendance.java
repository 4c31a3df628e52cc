package org.chemnet.network.registration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Whether a confirmed registrant came.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public enum Attendance {
    /** They took part. */
    PRESENT,
    /** They held a place and did not come. */
    NO_SHOW
}
