package org.chemnet.network.activity;

import java.util.Optional;
import org.chemnet.network.common.LocalizedText;

/**
 * Something a network does for its participants. The kinds are closed: a {@code switch} over an activity covers
 * them all.
 *
 * @since 0.1.0
 */
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
}
