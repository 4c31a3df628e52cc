package org.chemnet.network.decision;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.apiguardian.api.API;

/**
 * How a network's board decides: the quorum, as the share of the seats sitting on a motion's day that must vote (yes,
 * no or abstain), and the majority of yes over no a motion needs.
 *
 * @param quorumPercent the least share of sitting seats that must vote, from 1 to 100 per cent
 * @param majority the majority needed; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record BoardRules(@Min(1) @Max(100) int quorumPercent, Majority majority) {
    /**
     * Creates rules.
     *
     * @throws NullPointerException if the majority is null
     */
    public BoardRules {
        requireNonNull(majority, "majority");
    }

    /**
     * The rules of a board that set none: half the sitting seats vote, a simple majority passes.
     *
     * @return the rules; never null
     */
    public static BoardRules standard() {
        return new BoardRules(50, Majority.SIMPLE);
    }

    /**
     * Tells whether enough seats voted.
     *
     * @param voted the seats that voted
     * @param sitting the seats sitting on the motion's day
     * @return true if the quorum is reached
     */
    public boolean quorate(int voted, int sitting) {
        return sitting > 0 && 100L * voted >= (long) quorumPercent * sitting;
    }
}
