package org.chemnet.network.registration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Where a registration stands.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public enum RegistrationStatus {
    /** It holds a place. */
    CONFIRMED,
    /** It waits for a place, in the order it registered. */
    WAITLISTED,
    /** It was cancelled; its place, if it held one, went to the first on the waitlist. */
    CANCELLED
}
