package org.chemnet.network.graph;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;

/**
 * Where an exported network goes, one record at a time: a writer (a codec's, or a host's own) receives the network,
 * then each record in the order of the format's sections: organizations, persons, memberships (each by identifier),
 * the board, the secretariat if there is one, partners, activities, events (by first day), declarations (by day of
 * adoption) and subscriptions (by identifier). Each section's records come together; a section may have none.
 *
 * <p>{@link Networks#export(NetworkId, NetworkExport)} reads the store section by section, so that memory holds a
 * record, not the network; {@link NetworkGraph#exportTo(NetworkExport)} hands over a graph in the same order, so that a
 * writer has one path for both.
 *
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public interface NetworkExport {
    /**
     * The network, first of all.
     *
     * @param network the network
     */
    void network(Network network);

    /**
     * An organization the network refers to.
     *
     * @param organization the organization
     */
    void organization(Organization organization);

    /**
     * A person the network refers to.
     *
     * @param person the person
     */
    void person(Person person);

    /**
     * A membership.
     *
     * @param membership the membership
     */
    void membership(Membership membership);

    /**
     * The board, once, after the memberships.
     *
     * @param board the board
     */
    void board(Board board);

    /**
     * The secretariat, once if there is one, after the board.
     *
     * @param secretariat the secretariat
     */
    void secretariat(Secretariat secretariat);

    /**
     * A partner.
     *
     * @param partner the partner
     */
    void partner(Partner partner);

    /**
     * An activity.
     *
     * @param activity the activity
     */
    void activity(Activity activity);

    /**
     * An event.
     *
     * @param event the event
     */
    void event(Event event);

    /**
     * A declaration, with its endorsements.
     *
     * @param declaration the declaration
     */
    void declaration(Declaration declaration);

    /**
     * A subscription to one of the network's newsletters.
     *
     * @param subscription the subscription
     */
    void subscription(Subscription subscription);

    /** The end: every record was handed over. */
    void end();
}
