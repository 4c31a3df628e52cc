package org.chemnet.network.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A seat's vote on a motion: Popolo's vote options {@code yes}, {@code no} and {@code abstain}.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public enum VoteOption {
    /** For the motion. */
    YES,
    /** Against it. */
    NO,
    /** Neither: counts toward the quorum, not the majority. */
    ABSTAIN
}
