package org.chemnet.network.activity;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.validation.PlainText;
import org.chemnet.network.validation.WithinCapacity;

/**
 * A seminar with its days, venue, seats and fee, such as the Japanese network's free seminars.
 *
 * @param id the identifier; never null
 * @param title the title; never null
 * @param description what it is; never null
 * @param dates the days it is held; never null
 * @param venue where; never null
 * @param capacity how many seats
 * @param registered how many have registered, at most the capacity
 * @param fee what a seat costs; never null
 * @param retired the last day the network ran it, if retired; never null
 * @since 0.1.0
 */
@WithinCapacity
@API(status = STABLE, since = "0.1.0")
public record Seminar(
        ActivityId id,
        @Valid LocalizedText title,
        Optional<@Valid LocalizedText> description,
        @Valid Period dates,
        @PlainText(max = 300) String venue,
        @Positive int capacity,
        @PositiveOrZero int registered,
        @Valid Fee fee,
        Optional<LocalDate> retired)
        implements Activity {
    /**
     * Creates the activity.
     *
     * @throws NullPointerException if a component is null or a collection holds null
     */
    public Seminar {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(dates, "dates");
        requireNonNull(venue, "venue");
        requireNonNull(fee, "fee");
        requireNonNull(retired, "retired");
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.SEMINAR;
    }

    @Override
    public Seminar retiredAfter(LocalDate lastDay) {
        requireNonNull(lastDay, "lastDay");
        return new Seminar(id, title, description, dates, venue, capacity, registered, fee, Optional.of(lastDay));
    }
}
