package org.chemnet.network.membership;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when a membership is asked to move to a status it cannot reach from where it stands, or to go back in time.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class IllegalMembershipTransitionException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** The status the membership had. */
    private final MembershipStatus from;

    /** The status it was asked to move to. */
    private final MembershipStatus to;

    IllegalMembershipTransitionException(MembershipId id, MembershipStatus from, MembershipStatus to) {
        super("membership " + id + " cannot move from " + from + " to " + to + "; from " + from + " it can move to "
                + (from.next().isEmpty() ? "nothing (it is final)" : from.next().toString()));
        this.from = from;
        this.to = to;
    }

    /**
     * Creates the exception for a move a use case refuses although the statuses alone would allow it.
     *
     * @param id the membership
     * @param from its status
     * @param to the status it was asked to move to
     * @param why why the move is refused
     */
    public IllegalMembershipTransitionException(
            MembershipId id, MembershipStatus from, MembershipStatus to, String why) {
        super("membership " + id + " cannot move from " + from + " to " + to + ": " + why);
        this.from = from;
        this.to = to;
    }

    IllegalMembershipTransitionException(MembershipId id, StatusChange latest, StatusChange change) {
        super("membership " + id + " cannot move to " + change.status() + " on " + change.date()
                + ": its latest change (" + latest.status() + ") is dated " + latest.date()
                + ", and history cannot go back in time");
        this.from = latest.status();
        this.to = change.status();
    }

    /**
     * The status the membership had.
     *
     * @return the status; never null
     */
    public MembershipStatus from() {
        return from;
    }

    /**
     * The status it was asked to move to.
     *
     * @return the status; never null
     */
    public MembershipStatus to() {
        return to;
    }
}
