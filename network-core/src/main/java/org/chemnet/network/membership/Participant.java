package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.organization.Organization;

/**
 * An organization taking part in a network, with the membership that says so.
 *
 * @param organization the organization; never null
 * @param membership its membership; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Participant(Organization organization, Membership membership) {
    /**
     * Creates a participant.
     *
     * @throws NullPointerException if a component is null
     */
    public Participant {
        requireNonNull(organization, "organization");
        requireNonNull(membership, "membership");
    }
}
