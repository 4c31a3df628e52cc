package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.decision.BoardRules;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.MotionId;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.kernel.NetworkId;

/**
 * The store port for board decisions: each network's board rules, motions as versioned rows, and votes. The use
 * cases add a vote or an outcome only after advancing the motion's version ({@link #saveMotion}) in the same
 * transaction, so the motion's version orders everything done to it; one vote per seat and voter is the store's
 * rule too.
 * Contract suite: {@code DecisionsContract}.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public interface DecisionPort {
    /**
     * A network's board rules, if it set any.
     *
     * @param network the network
     * @return the rules with their version; never null
     */
    Optional<Versioned<BoardRules>> rules(NetworkId network);

    /**
     * Stores a network's board rules if nobody changed them since they were read.
     *
     * @param network the network
     * @param rules the rules
     * @param expectedVersion the version read; 0 if there were none
     * @return the new version
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if the version is not the one expected
     */
    long saveRules(NetworkId network, BoardRules rules, long expectedVersion);

    /**
     * A motion with its version.
     *
     * @param id the motion
     * @return it, if stored; never null
     */
    Optional<Versioned<Motion>> motion(MotionId id);

    /**
     * Stores a motion if nobody changed it since it was read: inserts it at version 1 when {@code expectedVersion} is
     * 0, else replaces its outcome and advances the version. Saving it unchanged advances the version too: that is
     * how a vote takes its turn.
     *
     * @param motion the motion
     * @param expectedVersion the version read; 0 for a new motion
     * @return the new version
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if the version is not the one expected
     */
    long saveMotion(Motion motion, long expectedVersion);

    /**
     * A network's motions, by vote day, then identifier.
     *
     * @param network the network
     * @return the motions; never null
     */
    List<Motion> motions(NetworkId network);

    /**
     * The motions about an activity, by vote day, then identifier.
     *
     * @param activity the activity
     * @return the motions; never null
     */
    List<Motion> motionsAbout(ActivityId activity);

    /**
     * The votes on a motion, in the order they were cast, then by seat.
     *
     * @param motion the motion
     * @return the votes; never null
     */
    List<Vote> votes(MotionId motion);

    /**
     * The votes a person cast, on any motion, in the order they were cast.
     *
     * @param voter the person
     * @return the votes; never null
     */
    List<Vote> votesBy(org.chemnet.network.organization.PersonId voter);

    /**
     * Inserts a vote.
     *
     * @param vote the vote
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if its voter voted for its seat on the motion
     *     already
     */
    void insertVote(Vote vote);
}
