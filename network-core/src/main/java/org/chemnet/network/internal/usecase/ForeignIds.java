package org.chemnet.network.internal.usecase;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.MotionId;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.event.EventSeriesId;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationId;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.validation.Violation;

/**
 * Which records of an import have identifiers another network of the store holds: the store is asked in bulk, once a
 * chunk, and each such record is refused by rule {@code ConsistentGraph} with its {@code id} and the network that
 * holds it, rather than failing its insert on the store's unique key. The network of an import is new, so any
 * identifier stored already is another network's. Not part of the API.
 *
 * @param kind what a record is called in the message, such as {@code membership}
 * @param id a record's identifier
 * @param networks the store's bulk question: the network of each of some identifiers stored already
 * @param <T> the record
 * @param <I> its identifier
 */
record ForeignIds<T, I>(
        String kind, Function<T, I> id, BiFunction<StoreTransaction, List<I>, Map<I, NetworkId>> networks) {
    static final ForeignIds<Membership, MembershipId> MEMBERSHIPS = new ForeignIds<>(
            "membership", Membership::id, (tx, ids) -> tx.memberships().networksOfMemberships(ids));
    static final ForeignIds<BoardSeat, BoardSeatId> SEATS = new ForeignIds<>(
            "board seat", BoardSeat::id, (tx, ids) -> tx.governance().networksOfSeats(ids));
    static final ForeignIds<Activity, ActivityId> ACTIVITIES =
            new ForeignIds<>("activity", Activity::id, (tx, ids) -> tx.content().networksOfActivities(ids));
    static final ForeignIds<Event, EventId> EVENTS =
            new ForeignIds<>("event", Event::id, (tx, ids) -> tx.content().networksOfEvents(ids));
    static final ForeignIds<Declaration, DeclarationId> DECLARATIONS = new ForeignIds<>(
            "declaration", Declaration::id, (tx, ids) -> tx.content().networksOfDeclarations(ids));
    static final ForeignIds<Subscription, SubscriptionId> SUBSCRIPTIONS = new ForeignIds<>(
            "subscription", Subscription::id, (tx, ids) -> tx.subscriptions().networksOfSubscriptions(ids));

    static final ForeignIds<EventSeries, EventSeriesId> EVENT_SERIES = new ForeignIds<>(
            "event series",
            EventSeries::id,
            (tx, ids) -> each(
                    ids, id -> tx.eventSeries().series(id).map(v -> v.value().network())));
    static final ForeignIds<Registration, RegistrationId> REGISTRATIONS = new ForeignIds<>(
            "registration",
            Registration::id,
            (tx, ids) -> each(ids, id -> tx.registrations().registration(id).map(Registration::network)));
    static final ForeignIds<Motion, MotionId> MOTIONS = new ForeignIds<>(
            "motion",
            Motion::id,
            (tx, ids) ->
                    each(ids, id -> tx.decisions().motion(id).map(v -> v.value().network())));

    private static final String BUNDLE = "org.chemnet.network.validation.ValidationMessages";
    private static final String KEY = "org.chemnet.network.validation.ConsistentGraph.storedInOtherNetwork";
    private static final String ENGLISH = "{0} {1} is stored in network {2}";

    /**
     * What has no identifier of its own across networks (a partner is one per network and organization): nothing to
     * ask.
     *
     * @param <T> the record
     * @return the question that finds nothing
     */
    static <T> ForeignIds<T, T> none() {
        return new ForeignIds<>("", Function.identity(), (tx, ids) -> Map.of());
    }

    /**
     * The records among some of a chunk whose identifiers the store holds, with the violation of each: one bulk
     * question to the store.
     *
     * @param tx the transaction asked
     * @param chunk the chunk
     * @param indexes the indexes in the chunk of the records asked about
     * @param locale the language of the messages
     * @return the violation of each such record, by index; empty if none
     */
    SortedMap<Integer, Violation> find(StoreTransaction tx, List<T> chunk, List<Integer> indexes, Locale locale) {
        SortedMap<Integer, Violation> found = new TreeMap<>();
        if (indexes.isEmpty()) {
            return found;
        }
        List<I> ids = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            ids.add(id.apply(chunk.get(i)));
        }
        Map<I, NetworkId> stored = networks.apply(tx, ids);
        if (stored.isEmpty()) {
            return found;
        }
        for (int i : indexes) {
            I key = id.apply(chunk.get(i));
            NetworkId network = stored.get(key);
            if (network != null) {
                found.put(i, new Violation("id", "ConsistentGraph", message(key, network, locale)));
            }
        }
        return found;
    }

    /**
     * The networks of identifiers asked one by one, for records whose ports have no bulk question: series,
     * registrations and motions, of which a network holds few.
     */
    private static <I> Map<I, NetworkId> each(List<I> ids, Function<I, Optional<NetworkId>> network) {
        Map<I, NetworkId> found = new HashMap<>();
        for (I id : ids) {
            network.apply(id).ifPresent(n -> found.put(id, n));
        }
        return found;
    }

    private String message(I key, NetworkId network, Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(KEY);
        } catch (MissingResourceException e) {
            pattern = ENGLISH;
        }
        return new MessageFormat(pattern, locale).format(new Object[] {kind, String.valueOf(key), network.value()});
    }
}
