package org.chemnet.network.activity;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The kinds of activity, one per {@link Activity} record, as stores and documents name them.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum ActivityKind {
    /** {@link InformationCollection}. */
    INFORMATION_COLLECTION,
    /** {@link Dialogue}. */
    DIALOGUE,
    /** {@link CaseStudyDissemination}. */
    CASE_STUDY_DISSEMINATION,
    /** {@link Newsletter}. */
    NEWSLETTER,
    /** {@link ColumnPosting}. */
    COLUMN_POSTING,
    /** {@link Seminar}. */
    SEMINAR,
    /** {@link CapacityBuilding}. */
    CAPACITY_BUILDING,
    /** {@link BestPracticeExchange}. */
    BEST_PRACTICE_EXCHANGE,
    /** {@link PolicyEngagement}. */
    POLICY_ENGAGEMENT,
    /** {@link WorkingGroup}. */
    WORKING_GROUP,
    /** {@link Tool}. */
    TOOL
}
