package org.chemnet.network.access;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a use case does, as the {@link AccessPolicy} is asked about it.
 *
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public enum Action {
    /** Register a new network with everything in it, or import one. */
    REGISTER_NETWORK,
    /** Change a network's name, purpose or membership policy. */
    UPDATE_NETWORK,
    /** Store or change an organization, or change it over time: rename, merge, split, dissolve. */
    CHANGE_ORGANIZATION,
    /** Store or change a person. */
    CHANGE_PERSON,
    /** Apply to take part in a network. */
    APPLY,
    /** Agree to a network's required agreement again, in its new version. */
    AGREE,
    /** Approve an application. */
    APPROVE,
    /** Reject an application. */
    REJECT,
    /** Withdraw, suspend or reinstate a participation. */
    CHANGE_PARTICIPATION,
    /** Appoint a board seat, end one, or change the chair. */
    APPOINT,
    /** Host the secretariat or hand it over. */
    HOST_SECRETARIAT,
    /** Add, change or retire an activity. */
    CHANGE_ACTIVITY,
    /** Ally with a partner or end a partnership. */
    CHANGE_PARTNERSHIP,
    /** Schedule an event. */
    SCHEDULE_EVENT,
    /** Adopt a declaration. */
    ADOPT_DECLARATION,
    /** Endorse a declaration or withdraw an endorsement. */
    ENDORSE,
    /** Subscribe to a newsletter. */
    SUBSCRIBE,
    /** Leave a newsletter. */
    UNSUBSCRIBE,
    /** Record a newsletter issue for its audience. */
    SEND_NEWSLETTER,
    /** Hand the outbox's due mail to the mailer. */
    DELIVER_MAIL,
    /** Read a person's data, or a whole network with its persons. */
    READ_PERSONAL_DATA,
    /** Erase a person's data. */
    ERASE_PERSONAL_DATA,
    /** Read the audit log. */
    READ_AUDIT_LOG,
    /**
     * Open an occasion for registration or change its rules.
     *
     * @since 0.5.0
     */
    OPEN_REGISTRATION,
    /**
     * Register for an occasion, the target being the registrant person (or organization, where no person registers).
     *
     * @since 0.5.0
     */
    REGISTER,
    /**
     * Cancel a registration, the target being the registrant person (or organization).
     *
     * @since 0.5.0
     */
    CANCEL_REGISTRATION,
    /**
     * Record whether a registrant came.
     *
     * @since 0.5.0
     */
    RECORD_ATTENDANCE,
    /**
     * Put a motion to a network's board.
     *
     * @since 0.5.0
     */
    PROPOSE_MOTION,
    /**
     * Set how a network's board decides (quorum and majority): not for the board's members alone under the standard
     * policy, so no member can lower the bar for their own motion.
     *
     * @since 0.5.0
     */
    SET_BOARD_RULES,
    /**
     * Cast a seat's vote on a motion, the target being the voter.
     *
     * @since 0.5.0
     */
    VOTE,
    /**
     * Record the outcome of a motion.
     *
     * @since 0.5.0
     */
    DECIDE,
    /**
     * Put a mail address on the suppression list, take it off, or bring a held address back: the target being the
     * address, of no network (the list is shared by every network of a store).
     *
     * @since 0.6.0
     */
    SUPPRESS_ADDRESS,
    /**
     * Record a consent given or withdrawn in a network's consent ledger, the target being the person who consents (or
     * the organization, where no person does).
     *
     * @since 0.6.0
     */
    RECORD_CONSENT
}
