package org.chemnet.network.membership;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Where an organization's participation in a network stands.
 *
 * <p>The legal moves are: applied to approved, rejected or withdrawn; approved to active or withdrawn; active to
 * suspended or withdrawn; suspended to active (reinstated) or withdrawn. Rejected and withdrawn are final.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum MembershipStatus {
    /** The organization has applied and waits for a decision. */
    APPLIED,
    /** The application was approved; participation starts on the day it becomes active. */
    APPROVED,
    /** The organization takes part. */
    ACTIVE,
    /** Participation is suspended for a time. */
    SUSPENDED,
    /** The organization left, or withdrew its application. Final. */
    WITHDRAWN,
    /** The application was refused. Final. */
    REJECTED;

    /**
     * The statuses this one may move to.
     *
     * @return the legal next statuses; empty for final ones; never null
     */
    public Set<MembershipStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case ACTIVE -> EnumSet.of(SUSPENDED, WITHDRAWN);
            case SUSPENDED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case WITHDRAWN, REJECTED -> EnumSet.noneOf(MembershipStatus.class);
        };
    }

    /**
     * Tells whether this status may move to another.
     *
     * @param status the next status
     * @return true if the move is legal
     */
    public boolean canMoveTo(MembershipStatus status) {
        return next().contains(status);
    }

    /**
     * Tells whether nothing can follow this status.
     *
     * @return true for withdrawn and rejected
     */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /**
     * Tells whether a membership in this status is open: an application waiting, or a participation not ended.
     *
     * @return true unless final
     */
    public boolean isOpen() {
        return !isFinal();
    }
}
