package org.chemnet.network.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.PersonId;

/**
 * The board decision use cases, in Popolo's vocabulary: put a {@link Motion} to a network's board, have the seats
 * sitting on its day {@link #vote}, {@link #tally} it, and {@link #decide} it once the board's quorum is reached:
 * the dated {@link Decision} then stands, with its counts, and the motion takes no more votes. A motion is decided by
 * the board's rules as they were when it was proposed. Who sits is the board's rule of that
 * day ({@code Governance.sittingOn}): a named representative, or for an ex officio seat the organization's head.
 *
 * <p>Refusals store nothing: a voter sitting on no seat that day, a second vote of one seat, a vote or decision on a
 * decided motion, and a decision without quorum are {@link VoteRefusedException}s with their reason; a vote on
 * another network's motion is a {@link org.chemnet.network.validation.NetworkValidationException} naming
 * {@code motion} and the rule {@code SameNetwork}. Every vote takes its turn through the motion's version, so 16
 * seats voting at once on two nodes are all counted, each once, and a decision never misses a vote counted before
 * it. Proposing, voting and deciding are {@code Action.PROPOSE_MOTION}, {@code VOTE} and {@code DECIDE}: under the
 * standard access policy the board's members (a member votes only as themselves) and the network's secretariat.
 * Each is in the change log ({@code MotionProposed}, {@code VoteCast}, {@code MotionDecided}). Get it from
 * {@code NetworkRuntime.decisions()}.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public interface Decisions {
    /**
     * How a network's board decides.
     *
     * @param network the network
     * @return its rules, or {@link BoardRules#standard()} if it set none; never null
     */
    BoardRules rules(NetworkId network);

    /**
     * Sets how a network's board decides, for motions decided from now on.
     *
     * @param network the network
     * @param rules the rules
     * @return the rules as stored; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the network is not stored
     * @throws org.chemnet.network.validation.NetworkValidationException if the rules are not valid
     * @throws org.chemnet.network.access.AccessDeniedException if the actor may not set them ({@code
     *     Action.SET_BOARD_RULES}: under the standard policy the secretariat and the system, not the board's members)
     */
    BoardRules setRules(NetworkId network, BoardRules rules);

    /**
     * Puts a motion to a network's board.
     *
     * @param network the network
     * @param text what is proposed
     * @param activity the activity it is about, if any, an activity of the network
     * @param voteDay the day whose sitting seats vote
     * @return the motion as stored; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the network or the activity is not stored
     * @throws org.chemnet.network.validation.NetworkValidationException if the text is not valid, or the activity is
     *     another network's ({@code activity}, {@code SameNetwork})
     */
    Motion propose(NetworkId network, LocalizedText text, Optional<ActivityId> activity, LocalDate voteDay);

    /**
     * Casts a vote for the seat the voter sat on on the motion's day.
     *
     * @param network the network whose motion it is
     * @param motion the motion
     * @param voter the person voting
     * @param option how
     * @return the vote as stored; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the motion is not stored
     * @throws org.chemnet.network.validation.NetworkValidationException if the motion is another network's
     * @throws VoteRefusedException if the voter sat on no seat that day, their seat voted already, or the motion is
     *     decided
     * @throws org.chemnet.network.access.AccessDeniedException if the actor may not vote for the voter
     */
    Vote vote(NetworkId network, MotionId motion, PersonId voter, VoteOption option);

    /**
     * Where a motion stands. Before it is decided: the votes of those who sit for their seat on the vote day as the
     * board stands now (a vote for a seat since ended, split, or handed to a new head counts no more), against the seats
     * with someone sitting, under the rules the motion was proposed with. Once decided: as it stood then.
     *
     * @param motion the motion
     * @return its tally under the board's rules; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the motion is not stored
     */
    Tally tally(MotionId motion);

    /**
     * Records a motion's outcome on a day, if its quorum is reached: passed if the votes meet the board's majority,
     * failed if not.
     *
     * @param network the network whose motion it is
     * @param motion the motion
     * @param on the day of the outcome, not before the vote day
     * @return the motion, decided; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the motion is not stored
     * @throws org.chemnet.network.validation.NetworkValidationException if the motion is another network's, or the
     *     day is before its vote day ({@code on}, {@code NotBeforeVoteDay})
     * @throws VoteRefusedException if the quorum is not reached (no outcome is stored), or it is decided already
     * @throws org.chemnet.network.access.AccessDeniedException if the actor may not decide it
     */
    Motion decide(NetworkId network, MotionId motion, LocalDate on);

    /**
     * A motion.
     *
     * @param motion the motion
     * @return it, if stored; never null
     */
    Optional<Motion> motion(MotionId motion);

    /**
     * The votes on a motion, in the order they were cast.
     *
     * @param motion the motion
     * @return the votes; never null
     */
    List<Vote> votes(MotionId motion);

    /**
     * The history of a network's board: every motion, decided or not, by vote day.
     *
     * @param network the network
     * @return the motions; never null
     */
    List<Motion> history(NetworkId network);

    /**
     * The motions about an activity, by vote day: what the activity records of the board's decisions.
     *
     * @param activity the activity
     * @return the motions; never null
     */
    List<Motion> about(ActivityId activity);
}
