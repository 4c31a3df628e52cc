package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.decision.BoardRules;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;

/**
 * The sections of a network's export that came with 0.5.0 (event series, registration rules, registrations, board
 * rules, motions and votes), read through the ports in the order of {@link org.chemnet.network.graph.NetworkExport}:
 * one place for the graph of any store and for a store's own streaming export, so that both agree. Not part of the
 * API.
 */
@API(status = INTERNAL, since = "0.5.0")
public final class GraphSections {
    private GraphSections() {}

    /**
     * The occasions a network offers for registration: its events, then its seminars, each by identifier.
     *
     * @param activities the network's activities
     * @param events the network's events
     * @return the occasions, in that order; never null
     */
    public static List<Occasion> occasions(Collection<Activity> activities, Collection<Event> events) {
        List<Occasion> found = new ArrayList<>();
        events.stream().map(e -> Occasion.event(e.id())).sorted().forEach(found::add);
        activities.stream()
                .filter(Seminar.class::isInstance)
                .map(a -> Occasion.seminar(a.id()))
                .sorted()
                .forEach(found::add);
        return found;
    }

    /**
     * A network's event series by identifier, each with its editions in {@linkplain #editions the order of editions}.
     *
     * @param tx the transaction
     * @param network the network
     * @return the series; never null
     */
    public static List<EventSeries> series(StoreTransaction tx, NetworkId network) {
        return tx.eventSeries().seriesOf(network).stream()
                .map(s -> new EventSeries(
                        s.id(),
                        s.network(),
                        s.name(),
                        s.acronym(),
                        editions(tx, s.editions()).stream().map(Event::id).toList()))
                .sorted(Comparator.comparing(EventSeries::id))
                .toList();
    }

    /**
     * The editions of a series in the one order every answer gives: by first day, then identifier.
     *
     * @param tx the transaction
     * @param editions the editions' identifiers, in any order
     * @return the events; never null
     * @throws org.chemnet.network.kernel.NotFoundException if an edition is not a stored event
     */
    public static List<Event> editions(StoreTransaction tx, List<EventId> editions) {
        return editions.stream()
                .map(e -> tx.content()
                        .event(e)
                        .orElseThrow(() -> new org.chemnet.network.kernel.NotFoundException("event", e)))
                .sorted(Comparator.comparing((Event e) -> e.dates().start()).thenComparing(Event::id))
                .toList();
    }

    /**
     * The registration rules of some occasions, in their order; occasions not opened for registration have none.
     *
     * @param tx the transaction
     * @param occasions the occasions
     * @return the rules; never null
     */
    public static List<RegistrationRules> registrationRules(StoreTransaction tx, List<Occasion> occasions) {
        List<RegistrationRules> found = new ArrayList<>();
        for (Occasion occasion : occasions) {
            tx.registrations().rules(occasion).ifPresent(v -> found.add(v.value()));
        }
        return found;
    }

    /**
     * The registrations for some occasions with rules, occasion by occasion in their order, then by sequence.
     *
     * @param tx the transaction
     * @param rules the rules of the occasions, as {@link #registrationRules} gives them
     * @return the registrations; never null
     */
    public static List<Registration> registrations(StoreTransaction tx, List<RegistrationRules> rules) {
        List<Registration> found = new ArrayList<>();
        for (RegistrationRules r : rules) {
            tx.registrations().registrations(r.occasion()).stream()
                    .sorted(Comparator.comparingLong(Registration::sequence))
                    .forEach(found::add);
        }
        return found;
    }

    /**
     * The board's rules, if the network set them.
     *
     * @param tx the transaction
     * @param network the network
     * @return the rules; never null
     */
    public static Optional<BoardRules> boardRules(StoreTransaction tx, NetworkId network) {
        return tx.decisions().rules(network).map(Versioned::value);
    }

    /**
     * The board's motions, by vote day, then identifier.
     *
     * @param tx the transaction
     * @param network the network
     * @return the motions; never null
     */
    public static List<Motion> motions(StoreTransaction tx, NetworkId network) {
        return tx.decisions().motions(network).stream()
                .sorted(Comparator.comparing(Motion::voteDay).thenComparing(Motion::id))
                .toList();
    }

    /**
     * The votes on some motions, motion by motion in their order, each motion's as cast, then by seat.
     *
     * @param tx the transaction
     * @param motions the motions
     * @return the votes; never null
     */
    public static List<Vote> votes(StoreTransaction tx, List<Motion> motions) {
        List<Vote> found = new ArrayList<>();
        for (Motion m : motions) {
            tx.decisions().votes(m.id()).stream()
                    .sorted(Comparator.comparing(Vote::castAt)
                            .thenComparing(Vote::seat)
                            .thenComparing(Vote::voter))
                    .forEach(found::add);
        }
        return found;
    }
}
