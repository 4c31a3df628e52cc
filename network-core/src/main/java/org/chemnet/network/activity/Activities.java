package org.chemnet.network.activity;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * The activity use cases: add an activity to a network, change it, retire it, and list those a network runs on a
 * day. A retired activity is never removed: subscriptions, newsletter issues and history refer to it, so it stays
 * stored with its last day ({@link Activity#retired()}).
 *
 * <p>Each change is told to the change listeners ({@code ActivityAdded}, {@code ActivityChanged},
 * {@code ActivityRetired}) once it is stored. Get it from {@code NetworkRuntime.activities()}.
 *
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public interface Activities {
    /**
     * Adds a new activity to a network, validated first.
     *
     * @param network the network
     * @param activity the activity; a working group's members must be stored organizations
     * @return the activity as stored; never null
     * @throws NetworkValidationException if the activity is not valid, with every violation and its property path;
     *     nothing is stored then
     * @throws NotFoundException if the network, or a member of a working group, is not stored
     * @throws NetworkException if an activity with its identifier is stored already, in this or another network
     */
    Activity add(NetworkId network, Activity activity);

    /**
     * Changes an activity of a network: the change is applied to the activity as stored, validated, and stored with
     * the version it was applied to. If another writer changes the activity in between, the change is applied again
     * to what they stored, so that neither change is lost. A change may also set or clear the last day (to correct
     * it); to retire an activity, {@link #retire} says more.
     *
     * @param network the network
     * @param id the activity
     * @param change what to change, such as {@code a -> new Seminar(...)}; it may run more than once and must keep the
     *     identifier and the kind
     * @return the activity as stored; never null
     * @throws NotFoundException if the network has no activity with that identifier, or a member of a changed
     *     working group is not stored
     * @throws NetworkValidationException if the changed activity is not valid; nothing is stored then
     * @throws IllegalArgumentException if the change returns another identifier or another kind
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if other writers kept overtaking the change; nothing is
     *     stored then
     */
    Activity change(NetworkId network, ActivityId id, UnaryOperator<Activity> change);

    /**
     * Retires an activity of a network after a last day: it stays stored, marked with that day. Retiring it again
     * on the same day changes nothing and returns it as stored, so a retry is safe.
     *
     * @param network the network
     * @param id the activity
     * @param lastDay the last day the network runs it
     * @return the activity, retired; never null
     * @throws NotFoundException if the network has no activity with that identifier
     * @throws NetworkException if the activity was retired already after another day (the message names it)
     * @throws ConcurrentUpdateException if other writers kept overtaking the change; nothing is stored then
     */
    Activity retire(NetworkId network, ActivityId id, LocalDate lastDay);

    /**
     * The activities a network runs on a day: those not retired, and those retired on or after that day.
     *
     * @param network the network; one that is not stored has none
     * @param day the day
     * @return the activities, in the order they were first stored; never null
     */
    List<Activity> activitiesOn(NetworkId network, LocalDate day);

    /**
     * Every activity of a network, retired ones too: what a calendar or an archive lists.
     *
     * @param network the network; one that is not stored has none
     * @return the activities, in the order they were first stored; never null
     * @since 0.5.0
     */
    List<Activity> activities(NetworkId network);
}
