package org.chemnet.network.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.event.EventSeriesId;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.spi.EventSeriesPort;
import org.chemnet.network.spi.Versioned;

/** The series of events of the in-memory store. */
final class MemoryEventSeries implements EventSeriesPort {
    private final MemoryTransaction tx;

    MemoryEventSeries(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Versioned<EventSeries>> series(EventSeriesId id) {
        return Optional.ofNullable(tx.data.eventSeries.get(id));
    }

    @Override
    public List<EventSeries> seriesOf(NetworkId network) {
        return tx.data.eventSeries.values().stream()
                .map(Versioned::value)
                .filter(s -> s.network().equals(network))
                .sorted(Comparator.comparing(EventSeries::id))
                .toList();
    }

    @Override
    public Optional<EventSeriesId> seriesOfEvent(EventId event) {
        return tx.data.eventSeries.values().stream()
                .map(Versioned::value)
                .filter(s -> s.editions().contains(event))
                .map(EventSeries::id)
                .findFirst();
    }

    @Override
    public void insert(EventSeries series) {
        if (tx.data.eventSeries.containsKey(series.id())) {
            throw new ConcurrentUpdateException("event series", series.id(), 0);
        }
        tx.put(tx.data.eventSeries, series.id(), new Versioned<>(series, 1));
    }

    @Override
    public long addEdition(EventSeriesId id, EventId edition, long expectedVersion) {
        Versioned<EventSeries> stored =
                series(id).orElseThrow(() -> new ConcurrentUpdateException("event series", id, expectedVersion));
        if (stored.version() != expectedVersion || seriesOfEvent(edition).isPresent()) {
            throw new ConcurrentUpdateException("event series", id, expectedVersion);
        }
        EventSeries series = stored.value();
        List<EventId> editions = new ArrayList<>(series.editions());
        editions.add(edition);
        tx.put(
                tx.data.eventSeries,
                id,
                new Versioned<>(
                        new EventSeries(series.id(), series.network(), series.name(), series.acronym(), editions),
                        expectedVersion + 1));
        return expectedVersion + 1;
    }
}
