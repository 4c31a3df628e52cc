package org.chemnet.network.registration;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.event.EventId;
import org.chemnet.network.internal.Checks;

/**
 * What one registers for: an event (a meeting or summit) or a seminar activity of a network.
 *
 * @param kind an event or a seminar; never null
 * @param id the identifier of the event or the seminar; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Occasion(Kind kind, String id) implements Comparable<Occasion> {
    /** The kinds of occasion. */
    @API(status = EXPERIMENTAL, since = "0.5.0")
    public enum Kind {
        /** An {@link org.chemnet.network.event.Event}. */
        EVENT,
        /** A {@link org.chemnet.network.activity.Seminar}. */
        SEMINAR
    }

    /**
     * Creates an occasion.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the identifier is not a valid one
     */
    public Occasion {
        requireNonNull(kind, "kind");
        Checks.id(id, "occasion.id");
    }

    /**
     * An event as an occasion.
     *
     * @param event the event
     * @return the occasion; never null
     */
    public static Occasion event(EventId event) {
        return new Occasion(Kind.EVENT, event.value());
    }

    /**
     * A seminar as an occasion.
     *
     * @param seminar the seminar activity
     * @return the occasion; never null
     */
    public static Occasion seminar(ActivityId seminar) {
        return new Occasion(Kind.SEMINAR, seminar.value());
    }

    @Override
    public int compareTo(Occasion other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
