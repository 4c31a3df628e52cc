package org.chemnet.network.membership;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The capacity in which an organization belongs to a network.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum MembershipRole {
    /** A participating organization, as in the Japanese network's list. */
    PARTICIPANT,
    /** A member with voting rights, where a network distinguishes them from participants. */
    MEMBER,
    /** An observer without the rights of participants. */
    OBSERVER
}
