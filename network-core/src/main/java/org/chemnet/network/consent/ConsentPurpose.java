package org.chemnet.network.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a consent is for.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public enum ConsentPurpose {
    /** Receiving a newsletter (the entry's scope names which). */
    NEWSLETTER,
    /** Being listed, with name and website, in the network's public directory. */
    DIRECTORY_LISTING,
    /** Receiving notices about memberships and registrations. */
    NOTICES
}
