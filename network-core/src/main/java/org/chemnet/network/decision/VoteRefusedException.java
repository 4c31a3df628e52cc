package org.chemnet.network.decision;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when a vote or a decision on a board motion is refused; nothing is stored then.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public final class VoteRefusedException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** Why it was refused. */
    @API(status = EXPERIMENTAL, since = "0.5.0")
    public enum Reason {
        /** The voter sat on no seat of the motion's board on its day. */
        NOT_SITTING,
        /** The voter's seat has voted on the motion already: one vote per seat. */
        ALREADY_VOTED,
        /** The motion is decided: it takes no more votes and no second decision. */
        DECIDED,
        /** Too few seats voted for the board's quorum: the motion has no outcome yet. */
        QUORUM_NOT_REACHED
    }

    /** Why. */
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param message the reason in words, naming the voter or seat and the motion
     */
    public VoteRefusedException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    /**
     * Why it was refused.
     *
     * @return the reason; never null
     */
    public Reason reason() {
        return reason;
    }
}
