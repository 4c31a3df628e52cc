package org.chemnet.network.calendar.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.NetworkException;

/**
 * Builds the iCalendar document of some entries with ical4j, has ical4j validate it (RFC 5545), and writes it folded.
 * Not part of the API.
 */
@API(status = INTERNAL, since = "0.5.0")
public final class CalendarDocument {
    /** The product identifier every document names (RFC 5545 section 3.7.3). */
    public static final String PRODUCT = "-//chemnet//Network Calendar//EN";

    private CalendarDocument() {}

    /**
     * Writes a calendar of entries.
     *
     * @param entries the entries, in the order to write them
     * @param locale the readers' language
     * @param stamp the instant the document is made
     * @param uidDomain the domain every {@code UID} ends in after an {@code @}, if any
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public static void write(
            List<CalendarEntry> entries, Locale locale, Instant stamp, java.util.Optional<String> uidDomain, Writer out)
            throws IOException {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        DtStamp dtStamp = new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS));
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, locale, dtStamp, uidDomain));
        }
        // RFC 5545's grammar wants one component at least; a network with nothing in its calendar still gets one that
        // calendar programs read as empty, rather than a refusal, so only a calendar with entries is validated.
        ValidationResult result = entries.isEmpty() ? ValidationResult.EMPTY : calendar.validate();
        if (result.hasErrors()) {
            throw new NetworkException("the calendar is not valid iCalendar: " + result.getEntries());
        }
        ContentLines.writeFolded(calendar.toString(), out);
    }

    private static VEvent event(
            CalendarEntry entry, Locale locale, DtStamp stamp, java.util.Optional<String> uidDomain) {
        VEvent event = entry.lastDay()
                .map(last -> new VEvent(entry.firstDay(), last.plusDays(1), ""))
                .orElseGet(() -> new VEvent(entry.firstDay(), ""));
        event.removeAll("SUMMARY");
        event.add(new Uid(entry.uid() + uidDomain.map(d -> "@" + d).orElse("")));
        event.replace(stamp);
        event.add(new Summary(
                language(entry.summary(), locale), text(entry.summary().resolve(locale))));
        entry.description().ifPresent(d -> event.add(new Description(language(d, locale), text(d.resolve(locale)))));
        if (!entry.location().isBlank()) {
            event.add(new Location(text(entry.location())));
        }
        event.add(new Categories(entry.category()));
        return event;
    }

    /**
     * A text value with every line break as one LF, which ical4j escapes as {@code \\n}: plain text may hold a lone
     * CR, which ical4j would write raw, and a reader that ends lines at a CR would take what follows for a property
     * of its own.
     */
    static String text(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static ParameterList language(LocalizedText text, Locale locale) {
        return new ParameterList(List.of(new Language(text.languageFor(locale))));
    }
}
