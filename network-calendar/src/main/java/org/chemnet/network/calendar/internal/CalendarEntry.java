package org.chemnet.network.calendar.internal;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.Optional;
import java.util.StringJoiner;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.event.Event;

/**
 * One entry of a calendar: what an event or a seminar says of its days, name and place. Not part of the API.
 *
 * @param uid the entry's stable identifier
 * @param firstDay the first day
 * @param lastDay the last day, if known
 * @param summary the name
 * @param description the description, if any
 * @param location the venue, city and country, as one line
 * @param category the kind of entry
 */
@API(status = INTERNAL, since = "0.5.0")
public record CalendarEntry(
        String uid,
        LocalDate firstDay,
        Optional<LocalDate> lastDay,
        LocalizedText summary,
        Optional<LocalizedText> description,
        String location,
        String category) {
    /** Creates an entry. */
    public CalendarEntry {
        requireNonNull(uid, "uid");
        requireNonNull(firstDay, "firstDay");
        requireNonNull(lastDay, "lastDay");
        requireNonNull(summary, "summary");
        requireNonNull(description, "description");
        requireNonNull(location, "location");
        requireNonNull(category, "category");
    }

    /**
     * The entry of an event.
     *
     * @param event the event
     * @return the entry
     */
    public static CalendarEntry of(Event event) {
        StringJoiner location = new StringJoiner(", ");
        event.place().venue().ifPresent(location::add);
        location.add(event.place().city()).add(event.place().country());
        return new CalendarEntry(
                "chemnet-event-" + event.id(),
                event.dates().start(),
                event.dates().end(),
                event.name(),
                event.description(),
                location.toString(),
                event.kind().name());
    }

    /**
     * The entry of a seminar.
     *
     * @param seminar the seminar
     * @return the entry
     */
    public static CalendarEntry of(Seminar seminar) {
        return new CalendarEntry(
                "chemnet-seminar-" + seminar.id(),
                seminar.dates().start(),
                seminar.dates().end(),
                seminar.title(),
                seminar.description(),
                seminar.venue(),
                "SEMINAR");
    }
}
