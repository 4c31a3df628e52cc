package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.validation.PlainText;

/**
 * One dated step in a membership's history: from this day on, the membership has this status.
 *
 * @param status the status from this day; never null
 * @param date the day the status takes effect; never null
 * @param reason why, where it matters (a rejection, a suspension); never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record StatusChange(MembershipStatus status, LocalDate date, Optional<@PlainText(max = 1000) String> reason) {
    /**
     * Creates a status change.
     *
     * @throws NullPointerException if a component is null
     */
    public StatusChange {
        requireNonNull(status, "status");
        requireNonNull(date, "date");
        requireNonNull(reason, "reason");
    }

    /**
     * A status change with no reason given.
     *
     * @param status the status
     * @param date the day it takes effect
     * @return the change; never null
     */
    public static StatusChange of(MembershipStatus status, LocalDate date) {
        return new StatusChange(status, date, Optional.empty());
    }
}
