package org.chemnet.network.affiliation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A person's role in an organization, as W3C ORG's {@code org:role} and Popolo's membership {@code role} name it.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public enum AffiliationRole {
    /** Heads the organization: at most one person on any day; sits on the organization's ex officio board seats. */
    HEAD,
    /** Represents the organization in the network, on its board seat or in its working groups. */
    REPRESENTATIVE,
    /** The organization's contact person for the network. */
    CONTACT,
    /** Works for the organization. */
    STAFF
}
