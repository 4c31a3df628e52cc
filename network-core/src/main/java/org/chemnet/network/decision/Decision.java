package org.chemnet.network.decision;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The dated outcome of a motion: Popolo's vote event {@code result}, recorded once quorum was reached.
 *
 * @param passed true if the motion passed, false if it failed
 * @param decidedOn the day the outcome was recorded; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Decision(boolean passed, LocalDate decidedOn) {
    /**
     * Creates a decision.
     *
     * @throws NullPointerException if the day is null
     */
    public Decision {
        requireNonNull(decidedOn, "decidedOn");
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
