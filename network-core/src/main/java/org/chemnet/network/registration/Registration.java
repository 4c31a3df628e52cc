package org.chemnet.network.registration;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;

/**
 * One registrant's registration for an occasion: confirmed with a place, on the waitlist, or cancelled, and for a
 * confirmed one, whether they came.
 *
 * @param id the identifier; never null
 * @param occasion what it is for; never null
 * @param network the occasion's network; never null
 * @param registrant who registered; never null
 * @param sequence its place in the order of registering for the occasion, from 1: the waitlist is promoted in this
 *     order
 * @param status where it stands; never null
 * @param attendance whether they came, once recorded; only a confirmed registration has one; never null
 * @param registeredAt when it was registered; never null
 * @param promotedAt when it left the waitlist for a freed place, if it did; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Registration(
        RegistrationId id,
        Occasion occasion,
        NetworkId network,
        Registrant registrant,
        @Positive long sequence,
        RegistrationStatus status,
        Optional<Attendance> attendance,
        Instant registeredAt,
        Optional<Instant> promotedAt) {
    /**
     * Creates a registration.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the sequence is not positive, or a registration that is not confirmed has
     *     an attendance
     */
    public Registration {
        requireNonNull(id, "id");
        requireNonNull(occasion, "occasion");
        requireNonNull(network, "network");
        requireNonNull(registrant, "registrant");
        requireNonNull(status, "status");
        requireNonNull(attendance, "attendance");
        requireNonNull(registeredAt, "registeredAt");
        requireNonNull(promotedAt, "promotedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, not " + sequence);
        }
        if (attendance.isPresent() && status != RegistrationStatus.CONFIRMED) {
            throw new IllegalArgumentException("only a confirmed registration has an attendance, not a " + status);
        }
    }

    /**
     * Tells whether it holds a place or waits for one: not cancelled.
     *
     * @return true if confirmed or waitlisted
     */
    public boolean isOpen() {
        return status != RegistrationStatus.CANCELLED;
    }

    /**
     * This registration cancelled: its attendance, if any, is dropped.
     *
     * @return a new registration; never null
     */
    public Registration cancelled() {
        return new Registration(
                id,
                occasion,
                network,
                registrant,
                sequence,
                RegistrationStatus.CANCELLED,
                Optional.empty(),
                registeredAt,
                promotedAt);
    }

    /**
     * This waitlisted registration given a place.
     *
     * @param at when
     * @return a new registration; never null
     */
    public Registration promoted(Instant at) {
        return new Registration(
                id,
                occasion,
                network,
                registrant,
                sequence,
                RegistrationStatus.CONFIRMED,
                Optional.empty(),
                registeredAt,
                Optional.of(at));
    }

    /**
     * This confirmed registration with its attendance recorded.
     *
     * @param came whether they came
     * @return a new registration; never null
     */
    public Registration attended(Attendance came) {
        return new Registration(
                id, occasion, network, registrant, sequence, status, Optional.of(came), registeredAt, promotedAt);
    }
}
