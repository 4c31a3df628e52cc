package org.chemnet.network.decision;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.NetworkId;

/**
 * A proposal put to a network's board, such as adopting an activity's programme: Popolo's {@code Motion}, with the
 * day its vote is held (its vote event's {@code start_date}) and, once decided, the outcome.
 *
 * @param id the identifier; never null
 * @param network the network whose board decides; never null
 * @param text what is proposed; never null
 * @param activity the activity the motion is about, if any: the activity records the decision; never null
 * @param voteDay the day whose sitting seats vote; never null
 * @param rules the quorum and majority it is decided by: the board's rules when it was proposed; never null
 * @param decision the outcome, once decided; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Motion(
        MotionId id,
        NetworkId network,
        @Valid LocalizedText text,
        Optional<ActivityId> activity,
        LocalDate voteDay,
        @Valid BoardRules rules,
        Optional<Decision> decision) {
    /**
     * Creates a motion.
     *
     * @throws NullPointerException if a component is null
     */
    public Motion {
        requireNonNull(id, "id");
        requireNonNull(network, "network");
        requireNonNull(text, "text");
        requireNonNull(activity, "activity");
        requireNonNull(voteDay, "voteDay");
        requireNonNull(rules, "rules");
        requireNonNull(decision, "decision");
    }

    /**
     * This motion with its outcome.
     *
     * @param outcome the decision
     * @return a new motion; never null
     */
    public Motion decided(Decision outcome) {
        return new Motion(id, network, text, activity, voteDay, rules, Optional.of(outcome));
    }
}
