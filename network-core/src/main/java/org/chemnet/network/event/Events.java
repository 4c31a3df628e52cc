package org.chemnet.network.event;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * The event use cases: schedule meetings and summits, and look them up.
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
}
