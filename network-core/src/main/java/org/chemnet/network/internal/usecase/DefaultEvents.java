package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.Events;
import org.chemnet.network.kernel.NetworkId;

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
}
