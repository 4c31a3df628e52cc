package org.chemnet.network.internal.usecase;

import java.util.List;
import java.util.Optional;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Turnout;
import org.chemnet.network.spi.StoreTransaction;

/**
 * What the registration use cases need of an occasion, from the event or seminar stored: its network, title, days
 * and the turnout recorded with it. Not part of the API.
 */
record Occasions(NetworkId network, LocalizedText title, Period dates, Turnout recorded) {
    /**
     * The facts of a stored occasion.
     *
     * @throws NotFoundException if no event, or no seminar, of that identifier is stored
     */
    static Occasions of(StoreTransaction tx, Occasion occasion) {
        return find(tx, occasion).orElseThrow(() -> new NotFoundException(label(occasion), occasion.id()));
    }

    private static Optional<Occasions> find(StoreTransaction tx, Occasion occasion) {
        return switch (occasion.kind()) {
            case EVENT -> {
                EventId id = EventId.of(occasion.id());
                Optional<Event> event = tx.content().event(id);
                Optional<NetworkId> network = Optional.ofNullable(
                        tx.content().networksOfEvents(List.of(id)).get(id));
                yield event.flatMap(e -> network.map(n -> new Occasions(
                        n,
                        e.name(),
                        e.dates(),
                        new Turnout(e.participantCount(), e.countryCount(), Turnout.Source.RECORDED))));
            }
            case SEMINAR -> {
                ActivityId id = ActivityId.of(occasion.id());
                yield tx.content()
                        .activity(id)
                        .filter(Seminar.class::isInstance)
                        .map(Seminar.class::cast)
                        .flatMap(s -> tx.content()
                                .networkOfActivity(id)
                                .map(n -> new Occasions(
                                        n,
                                        s.title(),
                                        s.dates(),
                                        new Turnout(
                                                Optional.of(s.registered()),
                                                Optional.empty(),
                                                Turnout.Source.RECORDED))));
            }
        };
    }

    /** The kind of record an occasion is, in a {@link NotFoundException}. */
    static String label(Occasion occasion) {
        return occasion.kind() == Occasion.Kind.EVENT ? "event" : "seminar";
    }

    /** Its days in words, as the notices show them. */
    String days() {
        return dates.end()
                .filter(end -> !end.equals(dates.start()))
                .map(end -> dates.start() + " – " + end)
                .orElse(dates.start().toString());
    }
}
