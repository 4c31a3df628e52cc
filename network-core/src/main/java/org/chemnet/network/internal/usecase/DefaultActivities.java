package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.activity.Activities;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;

/**
 * The activity use cases. An activity is a versioned row: a change or a retirement reads it with its version and
 * writes it only if nobody changed it since, and runs again if somebody did. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class DefaultActivities implements Activities {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultActivities(UseCases context) {
        this.context = context;
    }

    @Override
    public Activity add(NetworkId network, Activity activity) {
        requireNonNull(network, "network");
        requireNonNull(activity, "activity");
        context.validator.check(activity);
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_ACTIVITY, EntityKind.ACTIVITY, activity.id(), network);
            UseCases.requireNetwork(tx, network);
            requireMembers(tx, activity);
            if (tx.content().activity(activity.id()).isPresent()) {
                String where = tx.content().activity(network, activity.id()).isPresent()
                        ? "in network '" + network + "'"
                        : "in another network";
                throw new NetworkException("activity '" + activity.id() + "' is stored already, " + where
                        + ": give the new activity an identifier of its own");
            }
            tx.content().insertActivity(network, activity);
            events.add(new ChangeEvent.ActivityAdded(network, activity));
            return activity;
        });
    }

    @Override
    public Activity change(NetworkId network, ActivityId id, UnaryOperator<Activity> change) {
        requireNonNull(change, "change");
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_ACTIVITY, EntityKind.ACTIVITY, id, network);
            Versioned<Activity> stored = stored(tx, network, id);
            Activity before = stored.value();
            Activity after = requireNonNull(change.apply(before), "the change returned null");
            VersionedRows.requireKept(id, after.id());
            if (after.kind() != before.kind()) {
                throw new IllegalArgumentException("a change must keep the kind " + before.kind() + " of activity " + id
                        + ", but returned " + after.kind());
            }
            context.validator.check(after);
            requireMembers(tx, after);
            tx.content().updateActivity(network, after, stored.version());
            events.add(new ChangeEvent.ActivityChanged(network, before, after));
            return after;
        });
    }

    @Override
    public Activity retire(NetworkId network, ActivityId id, LocalDate lastDay) {
        requireNonNull(lastDay, "lastDay");
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_ACTIVITY, EntityKind.ACTIVITY, id, network);
            Versioned<Activity> stored = stored(tx, network, id);
            Optional<LocalDate> retired = stored.value().retired();
            if (retired.isPresent()) {
                if (retired.get().equals(lastDay)) {
                    return stored.value();
                }
                throw new NetworkException("activity '" + id + "' of network '" + network
                        + "' was retired already after " + retired.get() + "; it cannot be retired after " + lastDay
                        + " (change it to correct its last day)");
            }
            Activity after = stored.value().retiredAfter(lastDay);
            tx.content().updateActivity(network, after, stored.version());
            events.add(new ChangeEvent.ActivityRetired(network, after));
            return after;
        });
    }

    @Override
    public List<Activity> activitiesOn(NetworkId network, LocalDate day) {
        requireNonNull(network, "network");
        requireNonNull(day, "day");
        return context.store.read(r -> r.content().activities(network)).stream()
                .filter(a -> a.runsOn(day))
                .toList();
    }

    @Override
    public List<Activity> activities(NetworkId network) {
        requireNonNull(network, "network");
        return context.store.read(r -> r.content().activities(network));
    }

    private static Versioned<Activity> stored(StoreTransaction tx, NetworkId network, ActivityId id) {
        requireNonNull(network, "network");
        requireNonNull(id, "id");
        return tx.content()
                .activity(network, id)
                .orElseThrow(() -> new NotFoundException("activity of network " + network, id));
    }

    /** A working group's members must be stored: the store keeps them with foreign keys. */
    private static void requireMembers(StoreTransaction tx, Activity activity) {
        if (activity instanceof WorkingGroup group) {
            group.members().forEach(o -> UseCases.requireOrganization(tx, o));
        }
    }
}
