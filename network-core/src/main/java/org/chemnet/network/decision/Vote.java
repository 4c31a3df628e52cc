package org.chemnet.network.decision;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import org.apiguardian.api.API;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.organization.PersonId;

/**
 * One seat's vote on a motion, cast by the person who sat for it on the motion's day: Popolo's {@code Vote} (the
 * seat's organization is its {@code group_id}).
 *
 * @param motion the motion; never null
 * @param seat the seat that voted; never null
 * @param voter the person who sat for it that day; never null
 * @param option how; never null
 * @param castAt when the vote was cast; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Vote(MotionId motion, BoardSeatId seat, PersonId voter, VoteOption option, Instant castAt) {
    /**
     * Creates a vote.
     *
     * @throws NullPointerException if a component is null
     */
    public Vote {
        requireNonNull(motion, "motion");
        requireNonNull(seat, "seat");
        requireNonNull(voter, "voter");
        requireNonNull(option, "option");
        requireNonNull(castAt, "castAt");
    }
}
