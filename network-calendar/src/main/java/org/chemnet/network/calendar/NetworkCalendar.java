package org.chemnet.network.calendar;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.calendar.internal.CalendarDocument;
import org.chemnet.network.calendar.internal.CalendarEntry;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;

/**
 * Writes a network's events and seminars as an iCalendar document (RFC 5545, {@code text/calendar}), through ical4j.
 *
 * <p>Each event or seminar becomes one {@code VEVENT} of whole days: {@code DTSTART} is its first day and
 * {@code DTEND} the day after its last (RFC 5545 section 3.6.1), or, for one whose last day is not known, its first
 * day alone. Its {@code UID} is {@code chemnet-event-<id>} or {@code chemnet-seminar-<id>}, so a calendar program that
 * imports the document again updates the entries instead of adding them twice. {@code SUMMARY} and
 * {@code DESCRIPTION} are in the chosen language where the text has it (with a {@code LANGUAGE} parameter naming the
 * language actually written), {@code LOCATION} is the venue, city and country, and {@code CATEGORIES} the kind of
 * event or {@code SEMINAR}. Entries are written in order of their first day, then identifier, so the same data always
 * gives the same document except for {@code DTSTAMP}, which is taken from the clock.
 *
 * <p>The document is validated by ical4j before it is written (an invalid one is refused); lines are folded at 75
 * octets of UTF-8, never inside a character, and end in CRLF, as the
 * RFC requires. Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * NetworkCalendar calendar = NetworkCalendar.of(runtime).in(Locale.JAPANESE);
 * try (Writer out = Files.newBufferedWriter(Path.of("network.ics"))) {
 *     calendar.writeNetwork(NetworkId.of("jp-chem-network"), out);
 * }
 * }</pre>
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public final class NetworkCalendar {
    /** The media type of what this writes. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private final NetworkRuntime runtime;
    private final Locale locale;
    private final Clock clock;
    private final java.util.Optional<String> uidDomain;

    private NetworkCalendar(NetworkRuntime runtime, Locale locale, Clock clock, java.util.Optional<String> uidDomain) {
        this.runtime = runtime;
        this.locale = locale;
        this.clock = clock;
        this.uidDomain = uidDomain;
    }

    /**
     * A calendar over a runtime's events and seminars, in English, stamped with the system clock in UTC.
     *
     * @param runtime the runtime to read from
     * @return the calendar; never null
     */
    public static NetworkCalendar of(NetworkRuntime runtime) {
        requireNonNull(runtime, "runtime");
        return new NetworkCalendar(runtime, Locale.ENGLISH, Clock.systemUTC(), java.util.Optional.empty());
    }

    /**
     * This calendar, writing names and descriptions in another language where the text has it.
     *
     * @param language the preferred language, such as {@link Locale#JAPANESE}
     * @return a new calendar; never null
     */
    public NetworkCalendar in(Locale language) {
        return new NetworkCalendar(runtime, requireNonNull(language, "language"), clock, uidDomain);
    }

    /**
     * This calendar, stamping documents ({@code DTSTAMP}) from another clock.
     *
     * @param stamps the clock
     * @return a new calendar; never null
     */
    public NetworkCalendar stampedBy(Clock stamps) {
        return new NetworkCalendar(runtime, locale, requireNonNull(stamps, "stamps"), uidDomain);
    }

    /**
     * This calendar, with every {@code UID} ending in {@code @} and the host's domain, such as
     * {@code chemnet-event-chemss2016@network.example.org}: globally unique, as RFC 5545 section 3.8.4.7 asks, so
     * calendars of two deployments (a staging and a live portal) never merge. Set it before the calendar is first
     * published: changing the {@code UID}s later makes subscribers see every entry twice.
     *
     * @param domain the host's domain name, such as {@code network.example.org}
     * @return a new calendar; never null
     * @throws IllegalArgumentException if the domain is not a domain name
     */
    public NetworkCalendar withUidDomain(String domain) {
        requireNonNull(domain, "domain");
        if (domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException(
                    "the UID domain must be a domain name such as network.example.org, but" + " was '" + domain + "'");
        }
        return new NetworkCalendar(runtime, locale, clock, java.util.Optional.of(domain));
    }

    /**
     * Writes every event and seminar of a network, retired seminars too, in order of their first day.
     * A network with neither writes a calendar without entries: what calendar programs show as empty, though RFC
     * 5545's grammar asks for one component at least.
     *
     * @param network the network
     * @param out where to write; not closed
     * @throws NotFoundException if the network is not stored
     * @throws UncheckedIOException if writing fails
     */
    public void writeNetwork(NetworkId network, Writer out) {
        requireNonNull(network, "network");
        requireNonNull(out, "out");
        if (runtime.networks().network(network).isEmpty()) {
            throw new NotFoundException("network", network);
        }
        List<CalendarEntry> entries = new ArrayList<>();
        for (Event event : runtime.events().events(network)) {
            entries.add(CalendarEntry.of(event));
        }
        runtime.activities().activities(network).stream()
                .filter(Seminar.class::isInstance)
                .map(Seminar.class::cast)
                .map(CalendarEntry::of)
                .forEach(entries::add);
        entries.sort(Comparator.comparing(CalendarEntry::firstDay).thenComparing(CalendarEntry::uid));
        write(entries, out);
    }

    /**
     * Writes one event.
     *
     * @param event the event
     * @param out where to write; not closed
     * @throws NotFoundException if the event is not stored
     * @throws UncheckedIOException if writing fails
     */
    public void writeEvent(EventId event, Writer out) {
        requireNonNull(event, "event");
        requireNonNull(out, "out");
        Event found = runtime.events().event(event).orElseThrow(() -> new NotFoundException("event", event));
        write(List.of(CalendarEntry.of(found)), out);
    }

    private void write(List<CalendarEntry> entries, Writer out) {
        try {
            CalendarDocument.write(entries, locale, clock.instant(), uidDomain, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the calendar: " + e.getMessage(), e);
        }
    }
}
