package org.chemnet.network.organization;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The kind of a contact detail, as Popolo's {@code contact_details}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum ContactType {
    /** An e-mail address. */
    EMAIL,
    /** A telephone number. */
    PHONE,
    /** A fax number. */
    FAX,
    /** A postal address. */
    ADDRESS,
    /** A web page for contact, such as a form. */
    URL
}
