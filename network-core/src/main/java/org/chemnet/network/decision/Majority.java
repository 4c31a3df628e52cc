package org.chemnet.network.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The majority a motion needs to pass, among the seats voting yes or no (abstentions left out).
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public enum Majority {
    /** More yes than no. */
    SIMPLE,
    /** At least two thirds yes. */
    TWO_THIRDS;

    /**
     * Tells whether a count passes.
     *
     * @param yes the seats voting yes
     * @param no the seats voting no
     * @return true if the motion passes
     */
    public boolean passes(int yes, int no) {
        return switch (this) {
            case SIMPLE -> yes > no;
            case TWO_THIRDS -> yes > 0 && 3L * yes >= 2L * (yes + no);
        };
    }
}
