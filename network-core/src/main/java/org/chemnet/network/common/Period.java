package org.chemnet.network.common;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.validation.Chronological;

/**
 * A span of days, from a first day to an optional last day, both inclusive: a board member's term, the days of an
 * event, the time a partner has been allied.
 *
 * <p>That it does not end before it starts is a validation rule ({@link Chronological}), so that a document with
 * many bad periods reports all of them.
 *
 * @param start the first day; never null
 * @param end the last day, or empty while open-ended; never null
 * @since 0.1.0
 */
@Chronological
@API(status = STABLE, since = "0.1.0")
public record Period(LocalDate start, Optional<LocalDate> end) implements DateRange {
    /**
     * Creates a period.
     *
     * @throws NullPointerException if a component is null
     */
    public Period {
        requireNonNull(start, "start");
        requireNonNull(end, "end");
    }

    /**
     * A period with a known last day.
     *
     * @param start the first day
     * @param end the last day
     * @return the period; never null
     */
    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, Optional.of(end));
    }

    /**
     * A period that starts on a day and has not ended.
     *
     * @param start the first day
     * @return the period; never null
     */
    public static Period from(LocalDate start) {
        return new Period(start, Optional.empty());
    }

    /**
     * A period of one day.
     *
     * @param day the day
     * @return the period; never null
     */
    public static Period on(LocalDate day) {
        return of(day, day);
    }

    /**
     * This period, ended on a last day.
     *
     * @param lastDay the last day
     * @return a new period; never null
     */
    public Period endingOn(LocalDate lastDay) {
        return of(start, lastDay);
    }
}
