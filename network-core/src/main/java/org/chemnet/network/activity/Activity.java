package org.chemnet.network.activity;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;

/**
 * Something a network does for its participants. The kinds are closed: a {@code switch} over an activity covers
 * them all.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface Activity
        permits InformationCollection,
                Dialogue,
                CaseStudyDissemination,
                Newsletter,
                ColumnPosting,
                Seminar,
                CapacityBuilding,
                BestPracticeExchange,
                PolicyEngagement,
                WorkingGroup,
                Tool {
    /**
     * The identifier.
     *
     * @return the identifier; never null
     */
    ActivityId id();

    /**
     * The kind of activity.
     *
     * @return the kind; never null
     */
    ActivityKind kind();

    /**
     * The title.
     *
     * @return the title; never null
     */
    LocalizedText title();

    /**
     * What the activity is, in a sentence or two.
     *
     * @return the description, if any; never null
     */
    Optional<LocalizedText> description();

    /**
     * The last day the network ran the activity, if it is retired. A retired activity stays stored: subscriptions,
     * issues and history refer to it.
     *
     * @return the last day, if retired; never null
     * @since 0.3.0
     */
    Optional<LocalDate> retired();

    /**
     * This activity, retired after a last day: a copy with {@link #retired()} set to that day, everything else
     * kept.
     *
     * @param lastDay the last day the network runs it
     * @return a new activity of the same kind; never null
     * @throws NullPointerException if lastDay is null
     * @since 0.3.0
     */
    Activity retiredAfter(LocalDate lastDay);

    /**
     * Tells whether the network runs the activity on a day: it is not retired, or retired on or after that day.
     *
     * @param day the day
     * @return true unless retired before the day
     * @since 0.3.0
     */
    default boolean runsOn(LocalDate day) {
        return retired().map(last -> !last.isBefore(day)).orElse(true);
    }
}
