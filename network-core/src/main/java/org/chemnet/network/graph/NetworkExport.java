package org.chemnet.network.graph;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.decision.BoardRules;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;

/**
 * Where an exported network goes, one record at a time: a writer (a codec's, or a host's own) receives the network,
 * then each record in the order of the format's sections: organizations, persons, memberships (each by identifier),
 * the board, the secretariat if there is one, partners, activities, events (by first day), declarations (by day of
 * adoption) and subscriptions (by identifier); then, since 0.5.0, affiliations (by identifier), event series (by
 * identifier, each's editions by first day, then identifier), registration rules (by occasion: events, then seminars, each by identifier), registrations (by occasion,
 * then sequence), the board's rules once if set, motions (by vote day, then identifier) and votes (motion by motion
 * in that order, then as cast, then by seat). Each section's records come together; a section may have none. The methods of 0.5.0
 * do nothing by default, so that a writer of 0.3.0 still compiles; it then leaves those sections out.
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

    /**
     * An affiliation of a person with an organization the network refers to.
     *
     * @param affiliation the affiliation
     * @since 0.5.0
     */
    default void affiliation(Affiliation affiliation) {}

    /**
     * An event series, with its editions.
     *
     * @param series the series
     * @since 0.5.0
     */
    default void eventSeries(EventSeries series) {}

    /**
     * The registration rules of an event or seminar.
     *
     * @param rules the rules
     * @since 0.5.0
     */
    default void registrationRules(RegistrationRules rules) {}

    /**
     * A registration for an event or seminar, whatever its status.
     *
     * @param registration the registration
     * @since 0.5.0
     */
    default void registration(Registration registration) {}

    /**
     * The board's rules for motions, once if the network set them.
     *
     * @param rules the rules
     * @since 0.5.0
     */
    default void boardRules(BoardRules rules) {}

    /**
     * A motion put to the board, with its outcome if decided.
     *
     * @param motion the motion
     * @since 0.5.0
     */
    default void motion(Motion motion) {}

    /**
     * A vote cast on a motion.
     *
     * @param vote the vote
     * @since 0.5.0
     */
    default void vote(Vote vote) {}

    /** The end: every record was handed over. */
    void end();
}
