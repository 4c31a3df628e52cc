package org.chemnet.network.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How a consent was given or withdrawn.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public enum ConsentChannel {
    /** A form on the network's web site. */
    WEB_FORM,
    /** The link of a confirmation mail (double opt-in) or of an unsubscribe link. */
    EMAIL_LINK,
    /** A mail from the subscriber. */
    EMAIL,
    /** A signed paper form, such as a seminar's sign-up sheet. */
    PAPER_FORM,
    /** A telephone call. */
    PHONE,
    /** In person, at a meeting. */
    IN_PERSON,
    /** Carried over from an earlier system, with its own record. */
    IMPORT,
    /** Not told: the host ended a subscription, for instance, without saying how it was asked to. */
    UNSPECIFIED
}
