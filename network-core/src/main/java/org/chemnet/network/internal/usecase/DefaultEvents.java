package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.event.EventSeriesId;
import org.chemnet.network.event.Events;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.spi.EventSeriesPort;
import org.chemnet.network.spi.GraphSections;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;

/** The event use cases. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class DefaultEvents implements Events {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultEvents(UseCases context) {
        this.context = context;
    }

    @Override
    public Event schedule(NetworkId network, Event event) {
        context.validator.check(event);
        return context.change((tx, events) -> {
            context.authorize(Action.SCHEDULE_EVENT, EntityKind.EVENT, event.id(), network);
            UseCases.requireNetwork(tx, network);
            event.organizers().forEach(o -> UseCases.requireOrganization(tx, o));
            event.coOrganizers().forEach(o -> UseCases.requireOrganization(tx, o));
            tx.content().saveEvent(network, event);
            events.add(new ChangeEvent.EventScheduled(network, event));
            return event;
        });
    }

    @Override
    public Optional<Event> event(EventId id) {
        requireNonNull(id, "id");
        return context.store.read(r -> r.content().event(id));
    }

    @Override
    public List<Event> events(NetworkId network) {
        requireNonNull(network, "network");
        return context.store.read(r -> r.content().events(network));
    }

    @Override
    public EventSeries defineSeries(NetworkId network, EventSeriesId id, LocalizedText name, Optional<String> acronym) {
        EventSeries series = new EventSeries(id, network, name, acronym, List.of());
        context.validator.check(series);
        return context.change((tx, events) -> {
            context.authorize(Action.SCHEDULE_EVENT, EntityKind.EVENT, id, network);
            UseCases.requireNetwork(tx, network);
            if (tx.eventSeries().series(id).isPresent()) {
                throw new NetworkException("event series '" + id + "' is stored already");
            }
            tx.eventSeries().insert(series);
            events.add(new ChangeEvent.EventSeriesChanged(series));
            return series;
        });
    }

    @Override
    public EventSeries addEdition(EventSeriesId seriesId, EventId edition) {
        requireNonNull(seriesId, "series");
        requireNonNull(edition, "edition");
        return context.change((tx, events) -> {
            EventSeriesPort port = tx.eventSeries();
            Versioned<EventSeries> stored =
                    port.series(seriesId).orElseThrow(() -> new NotFoundException("event series", seriesId));
            NetworkId network = stored.value().network();
            context.authorize(Action.SCHEDULE_EVENT, EntityKind.EVENT, seriesId, network);
            Event event = tx.content().event(edition).orElseThrow(() -> new NotFoundException("event", edition));
            NetworkId ofEvent = tx.content().networksOfEvents(List.of(edition)).get(edition);
            UseCases.requireSameNetwork(
                    "edition", network, ofEvent == null ? NetworkId.of("(none)") : ofEvent, "event " + edition);
            Optional<EventSeriesId> already = port.seriesOfEvent(edition);
            if (already.isPresent()) {
                throw new NetworkException("event '" + edition + "' is an edition of series '" + already.get()
                        + "' already; an event is an edition of one series at most");
            }
            port.addEdition(seriesId, event.id(), stored.version());
            List<EventId> editions = new ArrayList<>(stored.value().editions());
            editions.add(edition);
            EventSeries after = ordered(tx, stored.value(), editions);
            events.add(new ChangeEvent.EventSeriesChanged(after));
            return after;
        });
    }

    @Override
    public Optional<EventSeries> series(EventSeriesId id) {
        requireNonNull(id, "id");
        return context.store.read(r -> r.eventSeries()
                .series(id)
                .map(v -> ordered(r, v.value(), v.value().editions())));
    }

    @Override
    public List<EventSeries> seriesOf(NetworkId network) {
        requireNonNull(network, "network");
        return context.store.read(r -> r.eventSeries().seriesOf(network).stream()
                .map(s -> ordered(r, s, s.editions()))
                .toList());
    }

    @Override
    public List<Event> editions(EventSeriesId id) {
        requireNonNull(id, "id");
        return context.store.read(r -> {
            EventSeries series = r.eventSeries()
                    .series(id)
                    .orElseThrow(() -> new NotFoundException("event series", id))
                    .value();
            return editionEvents(r, series.editions());
        });
    }

    /** The series with its editions by first day, then identifier: the one order every answer gives. */
    private static EventSeries ordered(StoreTransaction tx, EventSeries series, List<EventId> editions) {
        return new EventSeries(
                series.id(),
                series.network(),
                series.name(),
                series.acronym(),
                editionEvents(tx, editions).stream().map(Event::id).toList());
    }

    private static List<Event> editionEvents(StoreTransaction tx, List<EventId> editions) {
        return GraphSections.editions(tx, editions);
    }
}
