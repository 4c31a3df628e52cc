package org.chemnet.network.organization;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The stakeholder community an organization speaks for, as multi-stakeholder networks count them.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum StakeholderCommunity {
    /** Governments and their agencies. */
    GOVERNMENT,
    /** International organizations. */
    INTERNATIONAL_ORGANIZATION,
    /** Industry: enterprises and their associations. */
    INDUSTRY,
    /** Academia and research. */
    ACADEMIA,
    /** Civil society: NGOs, NPOs and their networks. */
    CIVIL_SOCIETY
}
