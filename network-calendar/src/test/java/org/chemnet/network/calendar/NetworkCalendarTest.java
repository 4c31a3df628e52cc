package org.chemnet.network.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventKind;
import org.chemnet.network.event.Place;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendar of the test network, written and read back with ical4j's own parser. */
class NetworkCalendarTest {
    private static final Instant STAMP = Instant.parse("2026-12-03T10:15:30.123Z");
    private static final EventId WORKSHOP = EventId.of("workshop-2017");
    private static final ActivityId JA_SEMINAR = ActivityId.of("seminar-ja");

    private NetworkRuntime runtime;
    private NetworkCalendar calendar;

    @BeforeEach
    void storeTheNetwork() {
        runtime = NetworkRuntime.builder().build();
        runtime.networks().register(TestData.graph());
        runtime.events()
                .schedule(
                        TestData.NETWORK,
                        new Event(
                                WORKSHOP,
                                LocalizedText.en("Workshop; on labels, GHS and \"SDS\"\nsecond line"),
                                Optional.empty(),
                                EventKind.WORKSHOP,
                                Period.from(LocalDate.of(2017, 9, 12)),
                                Place.of("Shanghai", "CN"),
                                List.of(TestData.HOST),
                                List.of(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()));
        runtime.activities()
                .add(
                        TestData.NETWORK,
                        new Seminar(
                                JA_SEMINAR,
                                LocalizedText.jaEn("化学物質管理セミナー", "Chemical management seminar"),
                                Optional.of(LocalizedText.jaEn(
                                        "化学物質の管理について、企業、研究機関、NGO が事例を共有し、".repeat(4),
                                        "Enterprises, institutes and NGOs share cases.")),
                                Period.of(LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 13)),
                                "東京都千代田区",
                                50,
                                0,
                                Fee.free(),
                                Optional.empty()));
        runtime.activities().retire(TestData.NETWORK, TestData.seminar().id(), LocalDate.of(2020, 2, 1));
        calendar = NetworkCalendar.of(runtime).stampedBy(Clock.fixed(STAMP, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void aNetworksEventsAndSeminarsRetiredOnesTooInOrderOfTheirFirstDay() throws Exception {
        Calendar read = read(network(calendar));

        assertThat(read.getProperty(Property.PRODID).map(Property::getValue))
                .contains("-//chemnet//Network Calendar//EN");
        assertThat(read.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        List<VEvent> events = read.getComponents("VEVENT");
        assertThat(events)
                .extracting(e -> value(e, Property.UID))
                .containsExactly(
                        "chemnet-event-summit",
                        "chemnet-event-workshop-2017",
                        "chemnet-seminar-seminar",
                        "chemnet-seminar-seminar-ja");
        VEvent summit = events.get(0);
        assertThat(value(summit, Property.SUMMARY)).isEqualTo("Test Summit");
        assertThat(value(summit, Property.DTSTART)).isEqualTo("20160418");
        assertThat(summit.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE"))
                .map(Object::toString)
                .contains("VALUE=DATE");
        assertThat(value(summit, Property.DTEND))
                .as("the day after the last, exclusive")
                .isEqualTo("20160421");
        assertThat(value(summit, Property.LOCATION)).isEqualTo("Targi Kielce, Kielce, PL");
        assertThat(value(summit, Property.CATEGORIES)).isEqualTo("SUMMIT");
        assertThat(value(summit, Property.DTSTAMP)).isEqualTo("20261203T101530Z");
        assertThat(value(events.get(2), Property.CATEGORIES)).isEqualTo("SEMINAR");
    }

    @Test
    void anEventWithoutALastDayIsItsFirstDayAloneAndItsTextSurvivesEscaping() throws Exception {
        VEvent workshop =
                read(network(calendar)).<VEvent>getComponents("VEVENT").get(1);

        assertThat(value(workshop, Property.DTSTART)).isEqualTo("20170912");
        assertThat(workshop.getProperty(Property.DTEND)).isEmpty();
        assertThat(value(workshop, Property.SUMMARY)).isEqualTo("Workshop; on labels, GHS and \"SDS\"\nsecond line");
        assertThat(value(workshop, Property.LOCATION)).isEqualTo("Shanghai, CN");
    }

    @Test
    void namesInTheReadersLanguageWhereTheTextHasItEachWithItsLanguage() throws Exception {
        List<VEvent> japanese = read(network(calendar.in(Locale.JAPANESE))).getComponents("VEVENT");

        VEvent seminar = japanese.get(3);
        assertThat(value(seminar, Property.SUMMARY)).isEqualTo("化学物質管理セミナー");
        assertThat(language(seminar, Property.SUMMARY)).isEqualTo("ja");
        assertThat(value(seminar, Property.DESCRIPTION)).isEqualTo("化学物質の管理について、企業、研究機関、NGO が事例を共有し、".repeat(4));
        assertThat(value(seminar, Property.LOCATION)).isEqualTo("東京都千代田区");
        assertThat(language(japanese.get(0), Property.SUMMARY))
                .as("a name with no Japanese is written in English, and says so")
                .isEqualTo("en");
        assertThat(value(read(network(calendar)).<VEvent>getComponents("VEVENT").get(3), Property.SUMMARY))
                .isEqualTo("Chemical management seminar");
    }

    @Test
    void linesEndInCrlfAndAreFoldedAt75Octets() {
        String written = network(calendar.in(Locale.JAPANESE));

        assertThat(written).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(written.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : written.split("\r\n", -1)) {
            assertThat(line.getBytes(UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void aLoneCarriageReturnInATextIsALineBreakOfTheValueNotOfTheDocument() throws Exception {
        runtime.activities().change(TestData.NETWORK, JA_SEMINAR, a -> {
            Seminar s = (Seminar) a;
            return new Seminar(
                    s.id(),
                    LocalizedText.en("Seminar\rATTENDEE:mailto:evil@example.com"),
                    Optional.of(LocalizedText.en("a\r\r\nb\rc")),
                    s.dates(),
                    s.venue(),
                    s.capacity(),
                    s.registered(),
                    s.fee(),
                    s.retired());
        });
        String written = network(calendar);

        assertThat(written.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(written).contains("SUMMARY;LANGUAGE=en:Seminar\\nATTENDEE:mailto:evil@example.com\r\n");
        VEvent seminar = read(written).<VEvent>getComponents("VEVENT").get(3);
        assertThat(seminar.getProperty("ATTENDEE")).isEmpty();
        assertThat(value(seminar, Property.SUMMARY)).isEqualTo("Seminar\nATTENDEE:mailto:evil@example.com");
        assertThat(value(seminar, Property.DESCRIPTION)).isEqualTo("a\n\nb\nc");
    }

    @Test
    void textIsEscapedAsRfc5545Asks() {
        assertThat(network(calendar))
                .contains("SUMMARY;LANGUAGE=en:Workshop\\; on labels\\, GHS and \"SDS\"\\nsecond line\r\n");
    }

    @Test
    void uidsEndInTheHostsDomainWhenOneIsSet() throws Exception {
        String written = network(calendar.withUidDomain("network.example.org"));

        assertThat(read(written).<VEvent>getComponents("VEVENT"))
                .extracting(e -> value(e, Property.UID))
                .contains("chemnet-event-summit@network.example.org");
        assertThatThrownBy(() -> calendar.withUidDomain("not a domain"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a domain");
        assertThatThrownBy(() -> calendar.withUidDomain("x\r\nATTENDEE:y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameDataGivesTheSameDocument() {
        assertThat(network(calendar)).isEqualTo(network(calendar));
    }

    @Test
    void oneEvent() throws Exception {
        StringWriter out = new StringWriter();
        calendar.writeEvent(TestData.SUMMIT, out);

        assertThat(read(out.toString()).<VEvent>getComponents("VEVENT"))
                .extracting(e -> value(e, Property.UID))
                .containsExactly("chemnet-event-summit");
    }

    @Test
    void anEventOrNetworkThatIsNotStoredIsNamed() {
        assertThatThrownBy(() -> calendar.writeEvent(EventId.of("nope"), new StringWriter()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> calendar.writeNetwork(NetworkId.of("nope"), new StringWriter()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void aNetworkWithNothingInItsCalendarGetsAnEmptyOne() throws Exception {
        runtime.networks()
                .register(org.chemnet.network.graph.NetworkGraph.builder(
                                TestData.network(NetworkId.of("quiet"), LocalizedText.en("Quiet")))
                        .build());
        StringWriter out = new StringWriter();
        calendar.writeNetwork(NetworkId.of("quiet"), out);

        assertThat(out.toString()).startsWith("BEGIN:VCALENDAR\r\n").doesNotContain("VEVENT");
        assertThat(read(out.toString()).getComponents()).isEmpty();
    }

    private static String network(NetworkCalendar calendar) {
        StringWriter out = new StringWriter();
        calendar.writeNetwork(TestData.NETWORK, out);
        return out.toString();
    }

    private static Calendar read(String document) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(document));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static String language(VEvent event, String property) {
        return event.getProperty(property)
                .orElseThrow()
                .getParameter("LANGUAGE")
                .orElseThrow()
                .getValue();
    }
}
