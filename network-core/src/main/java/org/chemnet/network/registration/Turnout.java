package org.chemnet.network.registration;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How many took part in an occasion, from how many countries, and where the figures come from.
 *
 * @param participants how many took part or hold a place; empty if not known; never null
 * @param countries from how many countries, by the seats of the registered organizations; empty if not known; never
 *     null
 * @param source where the figures come from; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Turnout(Optional<Integer> participants, Optional<Integer> countries, Source source) {
    /** Where the figures of a turnout come from. */
    @API(status = EXPERIMENTAL, since = "0.5.0")
    public enum Source {
        /**
         * Typed in with the event or seminar, as for historical events that had no registration here: the event's
         * participant and country counts, a seminar's number registered.
         */
        RECORDED,
        /** Counted from the confirmed registrations: nobody's attendance is recorded yet. */
        REGISTERED,
        /** Counted from attendance: those recorded present. */
        ATTENDED
    }

    /**
     * Creates a turnout.
     *
     * @throws NullPointerException if a component is null
     */
    public Turnout {
        requireNonNull(participants, "participants");
        requireNonNull(countries, "countries");
        requireNonNull(source, "source");
    }
}
