package org.chemnet.network.organization;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The legal kind of an organization, as the seed networks name them.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum OrganizationType {
    /** A company of any size. */
    ENTERPRISE,
    /** An industry group or association, such as a chemical industry federation. */
    INDUSTRY_ASSOCIATION,
    /** A research institution or laboratory. */
    RESEARCH_INSTITUTION,
    /** A university or other academic body. */
    ACADEMIA,
    /** A non-governmental organization. */
    NGO,
    /** A non-profit organization (Japan's NPO status). */
    NPO,
    /** A ministry, agency or other body of a government. */
    GOVERNMENT_BODY,
    /** An intergovernmental or international organization, such as the OPCW. */
    INTERNATIONAL_ORGANIZATION,
    /** Any other kind of organization. */
    OTHER
}
