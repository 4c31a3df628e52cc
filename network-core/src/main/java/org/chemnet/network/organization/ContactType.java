package org.chemnet.network.organization;

/**
 * The kind of a contact detail, as Popolo's {@code contact_details}.
 *
 * @since 0.1.0
 */
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
