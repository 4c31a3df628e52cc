package org.chemnet.network.common;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Anything that holds from a first day to an optional last day, both inclusive.
 *
 * <p>Implementations are checked by {@link org.chemnet.network.validation.Chronological}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface DateRange {
    /**
     * The first day.
     *
     * @return the first day; never null
     */
    LocalDate start();

    /**
     * The last day, if the range has ended or its end is known.
     *
     * @return the last day, or empty while open-ended; never null
     */
    Optional<LocalDate> end();

    /**
     * Tells whether the range covers a day.
     *
     * @param day the day
     * @return true if {@code start <= day} and, where there is an end, {@code day <= end}
     */
    default boolean covers(LocalDate day) {
        return !day.isBefore(start()) && end().map(last -> !day.isAfter(last)).orElse(true);
    }

    /**
     * Tells whether two ranges share at least one day.
     *
     * @param other the other range
     * @return true if some day is covered by both
     */
    default boolean overlaps(DateRange other) {
        boolean thisStartsInTime =
                other.end().map(last -> !start().isAfter(last)).orElse(true);
        boolean otherStartsInTime =
                end().map(last -> !other.start().isAfter(last)).orElse(true);
        return thisStartsInTime && otherStartsInTime;
    }
}
