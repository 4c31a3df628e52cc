package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.organization.OrganizationId;

/**
 * The store port for what a network does and says: activities, partners, events, declarations and their
 * endorsements. Activities and partners are versioned rows, changed by conditional writes. Endorsements are rows of
 * their own: an organization endorses by adding one and withdraws by ending
 * its open one, so endorsements of different organizations never overwrite each other. Its contract suite is
 * {@code ContentPortContract}.
 *
 * @since 0.2.0
 */
@API(status = STABLE, since = "0.2.0")
public interface ContentPort {
    /**
     * A network's activities.
     *
     * @param network the network
     * @return the activities, in the order they were first stored; never null
     */
    List<Activity> activities(NetworkId network);

    /**
     * An activity.
     *
     * @param id its identifier
     * @return the activity, if stored; never null
     */
    Optional<Activity> activity(ActivityId id);

    /**
     * Inserts or replaces an activity of a network, whole: the bulk path of imports. A replacement advances the
     * activity's version, so that a versioned update that read it before fails; to change an activity without
     * overwriting another writer's change, use {@link #activity(NetworkId, ActivityId)} and
     * {@link #updateActivity}.
     *
     * @param network the network
     * @param activity the activity
     * @throws NetworkStorageException if an activity with its identifier belongs to another network
     */
    void saveActivity(NetworkId network, Activity activity);

    /**
     * An activity of a network with its version.
     *
     * @param network the network
     * @param id the activity
     * @return the activity, if that network has it (not if another network has it); never null
     * @since 0.3.0
     */
    Optional<Versioned<Activity>> activity(NetworkId network, ActivityId id);

    /**
     * Adds a new activity to a network, at version 1, after the activities stored before.
     *
     * @param network the network
     * @param activity the activity
     * @throws ConcurrentUpdateException if an activity with its identifier is stored already, in this network or
     *     another (another writer stored it first)
     * @since 0.3.0
     */
    void insertActivity(NetworkId network, Activity activity);

    /**
     * Replaces an activity of a network, in its place, if nobody changed it since it was read, and advances its
     * version.
     *
     * @param network the network
     * @param activity the activity, with the identifier and kind it is stored with
     * @param expectedVersion the version that was read
     * @return the new version
     * @throws ConcurrentUpdateException if the stored version is not the one expected
     * @throws org.chemnet.network.kernel.NotFoundException if the network has no activity with its identifier
     * @since 0.3.0
     */
    long updateActivity(NetworkId network, Activity activity, long expectedVersion);

    /**
     * A network's partners.
     *
     * @param network the network
     * @return the partners, by organization identifier; never null
     */
    List<Partner> partners(NetworkId network);

    /**
     * Inserts or replaces a partner of a network, by organization, whole: the bulk path of imports. A replacement
     * advances the partner's version.
     *
     * @param network the network
     * @param partner the partner
     */
    void savePartner(NetworkId network, Partner partner);

    /**
     * An organization's partnership with a network, with its version. A network holds at most one per organization.
     *
     * @param network the network
     * @param organization the organization
     * @return the partner, if the organization is one of the network's (ended or not); never null
     * @since 0.3.0
     */
    Optional<Versioned<Partner>> partner(NetworkId network, OrganizationId organization);

    /**
     * Adds a partner to a network, at version 1.
     *
     * @param network the network
     * @param partner the partner
     * @throws ConcurrentUpdateException if the network has a partner with its organization already (another writer
     *     stored it first)
     * @since 0.3.0
     */
    void insertPartner(NetworkId network, Partner partner);

    /**
     * Replaces an organization's partnership with a network if nobody changed it since it was read, and advances its
     * version: how an ended partnership is replaced by a new one.
     *
     * @param network the network
     * @param partner the partner, by organization
     * @param expectedVersion the version that was read
     * @return the new version
     * @throws ConcurrentUpdateException if the stored version is not the one expected
     * @throws org.chemnet.network.kernel.NotFoundException if the organization is not a partner of the network
     * @since 0.3.0
     */
    long updatePartner(NetworkId network, Partner partner, long expectedVersion);

    /**
     * A network's events.
     *
     * @param network the network
     * @return the events, by first day, then identifier; never null
     */
    List<Event> events(NetworkId network);

    /**
     * An event.
     *
     * @param id its identifier
     * @return the event, if stored; never null
     */
    Optional<Event> event(EventId id);

    /**
     * Inserts or replaces an event of a network.
     *
     * @param network the network
     * @param event the event
     * @throws NetworkStorageException if an event with its identifier belongs to another network
     */
    void saveEvent(NetworkId network, Event event);

    /**
     * A network's declarations.
     *
     * @param network the network
     * @return the declarations, by day of adoption, then identifier; never null
     */
    List<Declaration> declarations(NetworkId network);

    /**
     * A declaration with its endorsements, in the order they were stored.
     *
     * @param id its identifier
     * @return the declaration, if stored; never null
     */
    Optional<Declaration> declaration(DeclarationId id);

    /**
     * The network a declaration belongs to.
     *
     * @param id the declaration
     * @return the network, if the declaration is stored; never null
     */
    Optional<NetworkId> networkOfDeclaration(DeclarationId id);

    /**
     * The network an activity belongs to.
     *
     * @param id the activity
     * @return the network, if the activity is stored; never null
     * @since 0.4.0
     */
    Optional<NetworkId> networkOfActivity(ActivityId id);

    /**
     * Inserts a new declaration with its endorsements.
     *
     * @param network the network
     * @param declaration the declaration
     * @throws ConcurrentUpdateException if a declaration with its identifier is stored already
     */
    void insertDeclaration(NetworkId network, Declaration declaration);

    /**
     * Adds an endorsement to a declaration, after those stored before.
     *
     * @param declaration the declaration
     * @param endorsement the endorsement, without a last day
     * @throws ConcurrentUpdateException if the organization has an endorsement of the declaration without a last day
     *     already
     * @throws org.chemnet.network.kernel.NotFoundException if the declaration is not stored
     */
    void insertEndorsement(DeclarationId declaration, Endorsement endorsement);

    /**
     * Ends an organization's open endorsement of a declaration: the one without a last day.
     *
     * @param declaration the declaration
     * @param organization the organization
     * @param lastDay the last day it endorses the declaration
     * @throws ConcurrentUpdateException if the organization has no open endorsement of the declaration (another
     *     writer ended it)
     */
    void endEndorsement(DeclarationId declaration, OrganizationId organization, LocalDate lastDay);

    /**
     * The networks of those of some activities that are stored, whichever network holds them: the bulk question of
     * imports, asked once a chunk, so that an identifier another network holds is a refused record rather than a
     * failed save. By default none are reported, as this port cannot tell an activity's network from its other
     * reads, and such an activity fails its save ({@link NetworkStorageException}); stores override it and ask at
     * once.
     *
     * @param ids the identifiers, as many as a chunk of an import (up to a few thousand)
     * @return the network of each one stored, by identifier; those not stored are absent; never null
     * @since 0.3.0
     */
    default java.util.Map<ActivityId, NetworkId> networksOfActivities(java.util.Collection<ActivityId> ids) {
        return java.util.Map.of();
    }

    /**
     * The networks of those of some events that are stored, as {@link #networksOfActivities}: by default none are
     * reported; stores override it and ask at once.
     *
     * @param ids the identifiers, as many as a chunk of an import (up to a few thousand)
     * @return the network of each one stored, by identifier; those not stored are absent; never null
     * @since 0.3.0
     */
    default java.util.Map<EventId, NetworkId> networksOfEvents(java.util.Collection<EventId> ids) {
        return java.util.Map.of();
    }

    /**
     * The networks of those of some declarations that are stored, as {@link #networksOfActivities}: by default one
     * by one through {@link #networkOfDeclaration(DeclarationId)}; stores ask at once.
     *
     * @param ids the identifiers, as many as a chunk of an import (up to a few thousand)
     * @return the network of each one stored, by identifier; those not stored are absent; never null
     * @since 0.3.0
     */
    default java.util.Map<DeclarationId, NetworkId> networksOfDeclarations(java.util.Collection<DeclarationId> ids) {
        java.util.Map<DeclarationId, NetworkId> found = new java.util.HashMap<>();
        for (DeclarationId id : ids) {
            networkOfDeclaration(id).ifPresent(network -> found.put(id, network));
        }
        return found;
    }
}
