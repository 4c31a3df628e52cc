package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.race;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.change.AuditQuery;
import org.chemnet.network.change.RecordedChange;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventKind;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.event.EventSeriesId;
import org.chemnet.network.event.Place;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.validation.NetworkValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Series of events through {@code runtime.events()} on two runtimes over one store: editions in order of their first
 * days with their own organizers, an event in one series at most (also when 16 threads race for it), editions added
 * by 16 threads at once all kept, clear refusals that store nothing, and the change log.
 */
public abstract class EventSeriesContract extends TwoNodes {
    private static final EventSeriesId SUMMITS = EventSeriesId.of("summits");
    private static final EventSeriesId OTHER_SERIES = EventSeriesId.of("meetings");
    private static final NetworkId OTHER_NETWORK = NetworkId.of("other-network");
    private static final EventId OTHER_EVENT = EventId.of("other-event");
    private final List<EventId> editions = new ArrayList<>();

    @BeforeEach
    void startingPoint() {
        first.networks().register(TestData.graph());
        first.networks()
                .register(NetworkGraph.builder(TestData.network(OTHER_NETWORK, LocalizedText.en("Other")))
                        .build());
        first.events().schedule(OTHER_NETWORK, event(OTHER_EVENT, 2015, List.of()));
        for (int i = 0; i < THREADS; i++) {
            EventId id = EventId.of("edition-" + (2030 - i));
            first.events().schedule(TestData.NETWORK, event(id, 2030 - i, List.of(TestData.MEMBER)));
            editions.add(id);
        }
    }

    private static Event event(EventId id, int year, List<org.chemnet.network.organization.OrganizationId> co) {
        return new Event(
                id,
                LocalizedText.en("Summit " + year),
                Optional.of("TS" + year),
                EventKind.SUMMIT,
                Period.of(LocalDate.of(year, 4, 18), LocalDate.of(year, 4, 20)),
                Place.of("Kielce", "PL"),
                List.of(),
                co,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static List<EventId> reversed(List<EventId> ids) {
        List<EventId> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private EventSeries summits(NetworkRuntime runtime) {
        return runtime.events()
                .defineSeries(TestData.NETWORK, SUMMITS, LocalizedText.en("Global Summit"), Optional.of("TS"));
    }

    @Test
    void editionsAreKeptInOrderOfTheirFirstDaysEachWithItsOrganizers() {
        summits(first);
        second.events().addEdition(SUMMITS, editions.get(0));
        EventSeries series = first.events().addEdition(SUMMITS, TestData.SUMMIT);

        assertThat(series.editions()).containsExactly(TestData.SUMMIT, editions.get(0));
        assertThat(second.events().series(SUMMITS)).contains(series);
        assertThat(second.events().seriesOf(TestData.NETWORK)).containsExactly(series);
        assertThat(second.events().seriesOf(OTHER_NETWORK)).isEmpty();
        assertThat(first.events().editions(SUMMITS))
                .extracting(Event::id, Event::organizers, Event::coOrganizers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                TestData.SUMMIT, List.of(TestData.HOST), List.of(TestData.MEMBER)),
                        org.assertj.core.groups.Tuple.tuple(editions.get(0), List.of(), List.of(TestData.MEMBER)));
    }

    @Test
    void sixteenThreadsOnTwoNodesAddingSixteenEditionsKeepThemAll() throws Exception {
        summits(first);

        var outcomes =
                race(first, second, (runtime, thread) -> runtime.events().addEdition(SUMMITS, editions.get(thread)));

        assertThat(Races.successes(outcomes)).hasSize(THREADS);
        assertThat(second.events().series(SUMMITS).orElseThrow().editions())
                .as("by first day")
                .containsExactlyElementsOf(reversed(editions));
    }

    @Test
    void sixteenThreadsPuttingOneEventInTwoSeriesPutItInOne() throws Exception {
        summits(first);
        first.events().defineSeries(TestData.NETWORK, OTHER_SERIES, LocalizedText.en("Meetings"), Optional.empty());

        var outcomes = race(first, second, (runtime, thread) -> runtime.events()
                .addEdition(thread % 2 == 0 ? SUMMITS : OTHER_SERIES, TestData.SUMMIT));

        assertThat(Races.successes(outcomes)).hasSize(1);
        Races.losersGotClearErrors(outcomes, NetworkException.class);
        assertThat(outcomes).flatExtracting(o -> o.error().stream().toList()).allSatisfy(e -> assertThat(e.getMessage())
                .contains("is an edition of series"));
        long holding = first.events().seriesOf(TestData.NETWORK).stream()
                .filter(s -> s.editions().contains(TestData.SUMMIT))
                .count();
        assertThat(holding).isEqualTo(1);
    }

    @Test
    void badEditionsAndSeriesAreRefusedClearlyAndNothingIsStored() {
        summits(first);

        assertThatThrownBy(() -> second.events().addEdition(SUMMITS, OTHER_EVENT))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("edition");
                    assertThat(e.violations().get(0).rule()).isEqualTo("SameNetwork");
                    assertThat(e.violations().get(0).message()).contains("other-network");
                });
        assertThatThrownBy(() -> second.events().addEdition(SUMMITS, EventId.of("nope")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> second.events().addEdition(EventSeriesId.of("no-series"), TestData.SUMMIT))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-series");
        assertThatThrownBy(() -> summits(second))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("stored already");
        assertThatThrownBy(() -> second.events()
                        .defineSeries(
                                TestData.NETWORK, OTHER_SERIES, LocalizedText.en("x"), Optional.of("x".repeat(31))))
                .isInstanceOfSatisfying(
                        NetworkValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).startsWith("acronym"));
        assertThatThrownBy(() -> second.events()
                        .defineSeries(
                                NetworkId.of("no-network"), OTHER_SERIES, LocalizedText.en("x"), Optional.empty()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-network");
        first.events().addEdition(SUMMITS, TestData.SUMMIT);
        first.events().defineSeries(TestData.NETWORK, OTHER_SERIES, LocalizedText.en("Meetings"), Optional.empty());
        assertThatThrownBy(() -> second.events().addEdition(OTHER_SERIES, TestData.SUMMIT))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("edition of series 'summits' already");
        assertThat(first.events().series(SUMMITS).orElseThrow().editions()).containsExactly(TestData.SUMMIT);
        assertThat(first.events().series(OTHER_SERIES).orElseThrow().editions()).isEmpty();
    }

    @Test
    void definingAndAddingAreInTheChangeLog() {
        summits(first);
        second.events().addEdition(SUMMITS, TestData.SUMMIT);

        assertThat(first.changes().audit(AuditQuery.all().in(TestData.NETWORK)))
                .filteredOn(c -> c.kind().equals("EventSeriesChanged"))
                .extracting(RecordedChange::summary)
                .containsExactly("series with editions []", "series with editions [summit]");
    }
}
