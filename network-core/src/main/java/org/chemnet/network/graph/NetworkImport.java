package org.chemnet.network.graph;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
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
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.validation.Violation;

/**
 * One import of a new network in progress, within one transaction: a reader (a codec, or a host's own) hands it the
 * network first, then records in chunks, section by section in the order of the format (organizations, persons,
 * memberships, board, secretariat, partners, activities, events, declarations, subscriptions, and since 0.5.0
 * affiliations, event series, registration rules, registrations, board rules, motions, votes). Each record is
 * validated on its own and against the records before it, by the rules a whole graph is validated by
 * ({@link org.chemnet.network.validation.ConsistentGraph}); what passes is stored, what does not comes back with its
 * violations. An organization or person stored already is left as it is if it is equal, refused with both values if
 * it is not, or updated if {@link ImportOptions#updateSharedOrganizations()}. An affiliation stored already is left
 * as it is if it is equal and refused if it is not (rule {@code SharedAffiliation}); a new head of an organization
 * must not overlap a head the store holds (rule {@code OneHeadAtATime}).
 *
 * <p>Memory holds a chunk and the hashes of the identifiers seen, never the document. An instance is only valid
 * inside {@link Networks#importNetwork(ImportOptions, java.util.function.Consumer)}, on the thread that called it.
 *
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public interface NetworkImport {
    /**
     * The network, first of all.
     *
     * @param network the network
     * @return its violations; empty if it is stored
     * @throws NetworkException if a network with its identifier is stored already
     * @throws IllegalStateException if a network was given already
     */
    List<Violation> network(Network network);

    /**
     * Organizations.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     */
    List<RefusedRecord> organizations(List<Organization> chunk);

    /**
     * Persons.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     */
    List<RefusedRecord> persons(List<Person> chunk);

    /**
     * Memberships, each of the network.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     */
    List<RefusedRecord> memberships(List<Membership> chunk);

    /**
     * The board, once.
     *
     * @param board the board
     * @return its violations, with paths such as {@code seats[0].organization}; empty if it is stored
     * @throws IllegalStateException if no network was given first
     */
    List<Violation> board(Board board);

    /**
     * The secretariat, once.
     *
     * @param secretariat the secretariat
     * @return its violations; empty if it is stored
     * @throws IllegalStateException if no network was given first
     */
    List<Violation> secretariat(Secretariat secretariat);

    /**
     * Partners.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     */
    List<RefusedRecord> partners(List<Partner> chunk);

    /**
     * Activities.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     */
    List<RefusedRecord> activities(List<Activity> chunk);

    /**
     * Events.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     */
    List<RefusedRecord> events(List<Event> chunk);

    /**
     * Declarations, with their endorsements.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     */
    List<RefusedRecord> declarations(List<Declaration> chunk);

    /**
     * Subscriptions to the network's newsletters.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     */
    List<RefusedRecord> subscriptions(List<Subscription> chunk);

    /**
     * Affiliations of persons with organizations.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     * @since 0.5.0
     */
    List<RefusedRecord> affiliations(List<Affiliation> chunk);

    /**
     * Event series, each of the network, with editions among its events.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     * @since 0.5.0
     */
    List<RefusedRecord> eventSeries(List<EventSeries> chunk);

    /**
     * Registration rules of the network's events and seminars.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     * @since 0.5.0
     */
    List<RefusedRecord> registrationRules(List<RegistrationRules> chunk);

    /**
     * Registrations for events and seminars whose rules came before.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     * @since 0.5.0
     */
    List<RefusedRecord> registrations(List<Registration> chunk);

    /**
     * The board's rules, once.
     *
     * @param rules the rules
     * @return their violations; empty if they are stored
     * @throws IllegalStateException if no network was given first
     * @since 0.5.0
     */
    List<Violation> boardRules(BoardRules rules);

    /**
     * Motions put to the board.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     * @since 0.5.0
     */
    List<RefusedRecord> motions(List<Motion> chunk);

    /**
     * Votes on motions that came before, each from a seat that sat on the motion's vote day.
     *
     * @param chunk the next of them
     * @return those refused, by index in the chunk; never null
     * @throws IllegalStateException if no network was given first
     * @since 0.5.0
     */
    List<RefusedRecord> votes(List<Vote> chunk);

    /**
     * Tells the import that the reader found a problem of its own (a record it could not read) and will end the
     * import by throwing: what follows is still checked, so that every problem is reported, but no longer stored.
     */
    void checkOnly();

    /**
     * How many records were stored so far.
     *
     * @return the count
     */
    long stored();

    /**
     * How many records were refused so far.
     *
     * @return the count
     */
    long refused();
}
