package org.chemnet.network.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.ConcurrentUpdateException;
import org.chemnet.network.NetworkId;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.organization.OrganizationId;

/**
 * The store port for what a network does and says: activities, partners, events, declarations and their
 * endorsements. Endorsements are rows of their own: an organization endorses by adding one and withdraws by ending
 * its open one, so endorsements of different organizations never overwrite each other. Its contract suite is
 * {@code ContentPortContract}.
 *
 * @since 0.2.0
 */
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
     * Inserts or replaces an activity of a network.
     *
     * @param network the network
     * @param activity the activity
     * @throws NetworkStorageException if an activity with its identifier belongs to another network
     */
    void saveActivity(NetworkId network, Activity activity);

    /**
     * A network's partners.
     *
     * @param network the network
     * @return the partners, by organization identifier; never null
     */
    List<Partner> partners(NetworkId network);

    /**
     * Inserts or replaces a partner of a network, by organization.
     *
     * @param network the network
     * @param partner the partner
     */
    void savePartner(NetworkId network, Partner partner);

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
     * @throws org.chemnet.network.NotFoundException if the declaration is not stored
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
}
