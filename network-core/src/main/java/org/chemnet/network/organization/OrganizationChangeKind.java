package org.chemnet.network.organization;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What happened to organizations in an {@link OrganizationChange}, as the W3C Organization Ontology's
 * {@code org:ChangeEvent} describes restructurings.
 *
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public enum OrganizationChangeKind {
    /** It took a new name; the one before became a {@link FormerName}. Original and result are the same. */
    RENAMED,
    /** Several organizations became one: the originals end, unless one of them is the result and continues. */
    MERGED,
    /** One organization became several: the original ends, unless it is among the results and continues. */
    SPLIT,
    /** It ceased to exist: there is no result. */
    DISSOLVED,
    /**
     * Its stored values were changed by an import or registration that was asked to update the organizations other
     * networks share. Original and result are the same.
     */
    UPDATED
}
