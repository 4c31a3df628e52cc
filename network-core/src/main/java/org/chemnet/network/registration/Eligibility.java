package org.chemnet.network.registration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Who may register for an occasion.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public enum Eligibility {
    /**
     * Only on behalf of an organization that participates in the network on the day of registering: the registrant
     * names the organization.
     */
    PARTICIPANTS,
    /** Any person or organization. */
    ANYONE
}
