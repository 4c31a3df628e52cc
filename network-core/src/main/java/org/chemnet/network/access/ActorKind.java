package org.chemnet.network.access;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What an actor is.
 *
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public enum ActorKind {
    /** A person of a network acting for themselves or their organization: an applicant's contact, a subscriber. */
    PERSON,
    /** A person working for a network's secretariat, as the host that signed them in says. */
    SECRETARIAT_STAFF,
    /**
     * A person sitting on a network's board. That they sit is not taken from the host: the runtime checks that the
     * person represents a seat of the board on the day they act for it.
     */
    BOARD_MEMBER,
    /** The host's own job: an import, a scheduler, a migration, a test. */
    SYSTEM
}
