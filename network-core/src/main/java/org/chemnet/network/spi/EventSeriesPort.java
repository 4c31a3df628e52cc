package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.event.EventSeriesId;
import org.chemnet.network.kernel.NetworkId;

/**
 * The store port for series of events and their editions. A series is a versioned row; adding an edition advances
 * its version, and an event is an edition of at most one series (the store refuses a second). The editions a port
 * returns may be in any order: the use cases order them by the events' first days. Contract suite: {@code
 * EventSeriesContract}.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public interface EventSeriesPort {
    /**
     * A series with its version.
     *
     * @param id the series
     * @return it, if stored; never null
     */
    Optional<Versioned<EventSeries>> series(EventSeriesId id);

    /**
     * The series of a network, by identifier.
     *
     * @param network the network
     * @return the series; never null
     */
    List<EventSeries> seriesOf(NetworkId network);

    /**
     * The series an event is an edition of.
     *
     * @param event the event
     * @return the series, if any; never null
     */
    Optional<EventSeriesId> seriesOfEvent(EventId event);

    /**
     * Inserts a series, with the editions it holds, at version 1.
     *
     * @param series the series
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if one with its identifier is stored already
     */
    void insert(EventSeries series);

    /**
     * Adds an edition to a series if nobody changed the series since it was read.
     *
     * @param series the series
     * @param edition the event
     * @param expectedVersion the version read
     * @return the new version
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if the version is not the one expected, or the
     *     event became an edition of a series meanwhile
     */
    long addEdition(EventSeriesId series, EventId edition, long expectedVersion);
}
