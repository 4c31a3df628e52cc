package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.Period;
import org.chemnet.network.internal.Checks;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.LegalStatusHistory;

/**
 * An organization's participation in a network over time, as a history of dated status changes, so that "who took
 * part as of a day" has one answer.
 *
 * <p>A membership is changed only by appending a status change ({@link #moveTo(StatusChange)}), which refuses
 * illegal moves. The {@code version} counts stored changes, for optimistic locking in stores.
 *
 * @param id the identifier; never null
 * @param network the network; never null
 * @param organization the participating organization; never null
 * @param role the capacity it belongs in; never null
 * @param contact the person to write to about this membership, if any; never null
 * @param history the status changes, oldest first; never null
 * @param version how many times this membership was stored; 0 before the first time
 * @since 0.1.0
 */
@LegalStatusHistory
@API(status = STABLE, since = "0.1.0")
public record Membership(
        MembershipId id,
        NetworkId network,
        OrganizationId organization,
        MembershipRole role,
        Optional<PersonId> contact,
        @NotEmpty List<@Valid StatusChange> history,
        long version) {

    /**
     * Creates a membership.
     *
     * @throws NullPointerException if a component is null or the history holds null
     * @throws IllegalArgumentException if the version is negative
     */
    public Membership {
        requireNonNull(id, "id");
        requireNonNull(network, "network");
        requireNonNull(organization, "organization");
        requireNonNull(role, "role");
        requireNonNull(contact, "contact");
        history = List.copyOf(history);
        Checks.notNegative(version, "version");
    }

    /**
     * A new application.
     *
     * @param id the identifier
     * @param network the network applied to
     * @param organization the applicant
     * @param role the capacity applied for
     * @param contact the person to write to
     * @param appliedOn the day of the application
     * @return the membership, in status {@link MembershipStatus#APPLIED}; never null
     */
    public static Membership application(
            MembershipId id,
            NetworkId network,
            OrganizationId organization,
            MembershipRole role,
            Optional<PersonId> contact,
            LocalDate appliedOn) {
        return new Membership(
                id,
                network,
                organization,
                role,
                contact,
                List.of(StatusChange.of(MembershipStatus.APPLIED, appliedOn)),
                0);
    }

    /**
     * The latest status change.
     *
     * @return the latest change; never null
     * @throws IllegalStateException if the history is empty (an invalid membership)
     */
    public StatusChange latest() {
        if (history.isEmpty()) {
            throw new IllegalStateException("membership " + id + " has no history");
        }
        return history.get(history.size() - 1);
    }

    /**
     * The status now: the latest one recorded.
     *
     * @return the status; never null
     */
    public MembershipStatus status() {
        return latest().status();
    }

    /**
     * The status on a day: the last change on or before it.
     *
     * @param day the day
     * @return the status, or empty if the membership had not begun; never null
     */
    public Optional<MembershipStatus> statusOn(LocalDate day) {
        MembershipStatus status = null;
        for (StatusChange change : history) {
            if (change.date().isAfter(day)) {
                break;
            }
            status = change.status();
        }
        return Optional.ofNullable(status);
    }

    /**
     * Tells whether the organization took part on a day.
     *
     * @param day the day
     * @return true if the status on that day was {@link MembershipStatus#ACTIVE}
     */
    public boolean isActiveOn(LocalDate day) {
        return statusOn(day).filter(s -> s == MembershipStatus.ACTIVE).isPresent();
    }

    /**
     * The periods in which the organization took part: from each change to {@link MembershipStatus#ACTIVE} to the
     * day before the change that follows it, the last one open while the membership is still active. A status that
     * lasts less than a day (two changes on one day) leaves no period, so a day lies in one of these periods exactly
     * when {@link #isActiveOn} says it is active.
     *
     * @return the periods, oldest first; never null, empty if the membership was never active
     */
    public List<Period> activePeriods() {
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            LocalDate start = history.get(i).date();
            if (history.get(i).status() != MembershipStatus.ACTIVE) {
                continue;
            }
            if (i + 1 == history.size()) {
                periods.add(Period.from(start));
                continue;
            }
            LocalDate end = history.get(i + 1).date().minusDays(1);
            if (!end.isBefore(start)) {
                periods.add(Period.of(start, end));
            }
        }
        return List.copyOf(periods);
    }

    /**
     * The first day of this membership: the day of its first status change.
     *
     * @return the first day; never null
     */
    public LocalDate since() {
        return history.get(0).date();
    }

    /**
     * The day this membership ended, if it did: the day of its final status change.
     *
     * @return the day it was withdrawn or rejected, or empty while open; never null
     */
    public Optional<LocalDate> endedOn() {
        StatusChange latest = latest();
        return latest.status().isFinal() ? Optional.of(latest.date()) : Optional.empty();
    }

    /**
     * This membership with one more status change.
     *
     * @param change the change
     * @return a new membership; never null
     * @throws IllegalMembershipTransitionException if the current status cannot move to the new one, or the change
     *     is dated before the latest one
     */
    public Membership moveTo(StatusChange change) {
        requireNonNull(change, "change");
        StatusChange latest = latest();
        if (!latest.status().canMoveTo(change.status())) {
            throw new IllegalMembershipTransitionException(id, latest.status(), change.status());
        }
        if (change.date().isBefore(latest.date())) {
            throw new IllegalMembershipTransitionException(id, latest, change);
        }
        List<StatusChange> longer = new ArrayList<>(history);
        longer.add(change);
        return new Membership(id, network, organization, role, contact, longer, version);
    }

    /**
     * This membership with another version number, as a store sets it.
     *
     * @param newVersion the version
     * @return a new membership; never null
     */
    public Membership withVersion(long newVersion) {
        return new Membership(id, network, organization, role, contact, history, newVersion);
    }
}
