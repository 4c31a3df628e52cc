package org.chemnet.network.event;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * The event use cases: schedule meetings and summits, look them up, and gather the editions of a series (since
 * 0.5.0).
 *
 * <p>Get it from {@code NetworkRuntime.events()}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface Events {
    /**
     * Schedules an event of a network, or replaces it if one with its identifier exists.
     *
     * @param network the network
     * @param event the event
     * @return the event; never null
     * @throws NotFoundException if the network or an organizer is not stored
     * @throws NetworkValidationException if the event is not valid
     */
    Event schedule(NetworkId network, Event event);

    /**
     * An event.
     *
     * @param id the event
     * @return the event, if stored; never null
     */
    Optional<Event> event(EventId id);

    /**
     * A network's events.
     *
     * @param network the network
     * @return the events, by first day; never null
     */
    List<Event> events(NetworkId network);

    /**
     * Defines a series of events of a network, with no editions yet.
     *
     * @param network the network
     * @param id the series' identifier
     * @param name its name
     * @param acronym its short name, if any
     * @return the series as stored; never null
     * @throws NotFoundException if the network is not stored
     * @throws NetworkValidationException if the name or acronym is not valid
     * @throws org.chemnet.network.kernel.NetworkException if a series with that identifier is stored already
     * @since 0.5.0
     */
    EventSeries defineSeries(
            NetworkId network,
            EventSeriesId id,
            org.chemnet.network.common.LocalizedText name,
            Optional<String> acronym);

    /**
     * Adds an event of the series' network to the series as an edition. Editions of one series are added at once on
     * any number of nodes without one losing another.
     *
     * @param series the series
     * @param edition the event
     * @return the series with the edition, its editions by first day; never null
     * @throws NotFoundException if the series or the event is not stored
     * @throws NetworkValidationException if the event belongs to another network ({@code edition}, rule
     *     {@code SameNetwork})
     * @throws org.chemnet.network.kernel.NetworkException if the event is an edition of a series already
     * @since 0.5.0
     */
    EventSeries addEdition(EventSeriesId series, EventId edition);

    /**
     * A series.
     *
     * @param id the series' identifier
     * @return it, with its editions by first day, if stored; never null
     * @since 0.5.0
     */
    Optional<EventSeries> series(EventSeriesId id);

    /**
     * The series of a network.
     *
     * @param network the network; one that is not stored has none
     * @return the series by identifier, each with its editions by first day; never null
     * @since 0.5.0
     */
    List<EventSeries> seriesOf(NetworkId network);

    /**
     * The editions of a series: the events themselves, each with its organizers and co-organizers, by first day.
     *
     * @param id the series
     * @return the events; never null
     * @throws NotFoundException if the series is not stored
     * @since 0.5.0
     */
    List<Event> editions(EventSeriesId id);
}
