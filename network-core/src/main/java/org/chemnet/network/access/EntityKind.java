package org.chemnet.network.access;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What kind of record a change or an action is about.
 *
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public enum EntityKind {
    /** A network. */
    NETWORK,
    /** An organization. */
    ORGANIZATION,
    /** A person. */
    PERSON,
    /** A membership. */
    MEMBERSHIP,
    /** A network's board, its seats and its chair. */
    BOARD,
    /** A network's secretariat. */
    SECRETARIAT,
    /** An activity. */
    ACTIVITY,
    /** An event. */
    EVENT,
    /** A declaration and its endorsements. */
    DECLARATION,
    /** A subscription to a newsletter. */
    SUBSCRIPTION,
    /** A mail message of the outbox: an issue or a notice. */
    MESSAGE,
    /** The delivery of a message to one recipient. */
    DELIVERY,
    /** The audit log itself. */
    AUDIT_LOG,
    /**
     * An occasion's registration rules or a registration.
     *
     * @since 0.5.0
     */
    REGISTRATION,
    /**
     * A person's affiliation with an organization.
     *
     * @since 0.5.0
     */
    AFFILIATION,
    /**
     * A motion put to a board, its votes and its outcome.
     *
     * @since 0.5.0
     */
    MOTION,
    /**
     * A mail address's standing: bounces, hold and suppression. Its identifier is a pseudonym of the address, so
     * that the change log holds no address.
     *
     * @since 0.6.0
     */
    ADDRESS
}
