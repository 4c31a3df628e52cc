package org.chemnet.network.newsletter;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a message sent through the outbox is.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum MessageKind {
    /** An issue of a newsletter, sent to its subscribers, with a way to unsubscribe. */
    NEWSLETTER_ISSUE,
    /** A notice about a membership (application received, approved, rejected), sent to the applicant's contact. */
    NOTICE
}
