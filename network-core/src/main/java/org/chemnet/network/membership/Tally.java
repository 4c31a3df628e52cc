package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * How many organizations fall under each value of one of their traits (such as their stakeholder community), and how
 * many have none: one dimension of a {@link StakeholderBalance}.
 *
 * @param counts how many organizations have each value, only values that occur, in the order of the values; never
 *     null
 * @param unknown how many have no value (no community recorded, an international body without a country, an
 *     organization whose size is not recorded)
 * @param <K> the trait's values
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public record Tally<K>(Map<K, Long> counts, long unknown) {
    /**
     * Creates a tally.
     *
     * @throws NullPointerException if the counts are null or hold null
     * @throws IllegalArgumentException if a count is negative
     */
    public Tally {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(counts, "counts")));
        if (unknown < 0 || counts.values().stream().anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("counts must not be negative: " + counts + ", unknown " + unknown);
        }
    }

    /**
     * How many organizations were counted: those with a value and those without.
     *
     * @return the total
     */
    public long total() {
        return unknown + counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * How many organizations have a value.
     *
     * @param value the value
     * @return the count; 0 if none
     */
    public long count(K value) {
        return counts.getOrDefault(value, 0L);
    }

    /**
     * The share of the organizations that have a value.
     *
     * @param value the value
     * @return the share, from 0 to 1; 0 if nothing was counted
     */
    public double share(K value) {
        long total = total();
        return total == 0 ? 0 : (double) count(value) / total;
    }

    /**
     * The share of the organizations without a value.
     *
     * @return the share, from 0 to 1; 0 if nothing was counted
     */
    public double unknownShare() {
        long total = total();
        return total == 0 ? 0 : (double) unknown / total;
    }
}
