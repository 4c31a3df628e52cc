package org.chemnet.network.decision;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Where a motion stands: the counts of its votes so far, how many seats sat on its day, and what the board's rules
 * make of them.
 *
 * @param motion the motion; never null
 * @param counts the count of each option, yes, no, abstain; never null
 * @param sitting how many seats sat on the motion's day
 * @param quorate true if enough of them voted for the quorum
 * @param passing true if the votes so far pass the motion by the board's majority
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Tally(Motion motion, List<Count> counts, int sitting, boolean quorate, boolean passing) {
    /**
     * Creates a tally.
     *
     * @throws NullPointerException if a component is null
     */
    public Tally {
        requireNonNull(motion, "motion");
        counts = List.copyOf(counts);
    }

    /**
     * The count of one option.
     *
     * @param option the option
     * @return how many seats voted it
     */
    public int of(VoteOption option) {
        return counts.stream()
                .filter(c -> c.option() == option)
                .mapToInt(Count::value)
                .sum();
    }
}
