package org.chemnet.network.decision;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The dated outcome of a motion: Popolo's vote event {@code result} with its {@code counts}, recorded once quorum was
 * reached. The counts and the seats sitting are kept as they stood when it was decided: later changes of the board
 * do not rewrite a decision.
 *
 * @param passed true if the motion passed, false if it failed
 * @param decidedOn the day the outcome was recorded; never null
 * @param counts the count of each option that decided it, yes, no, abstain; never null
 * @param sitting how many seats sat on the vote day when it was decided
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Decision(boolean passed, LocalDate decidedOn, List<Count> counts, int sitting) {
    /**
     * Creates a decision.
     *
     * @throws NullPointerException if a component is null
     */
    public Decision {
        requireNonNull(decidedOn, "decidedOn");
        counts = List.copyOf(counts);
    }

    /**
     * Popolo's result of the vote event.
     *
     * @return {@code pass} or {@code fail}; never null
     */
    public String result() {
        return passed ? "pass" : "fail";
    }
}
