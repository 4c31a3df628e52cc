package org.chemnet.network.graph;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
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
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.validation.ConsistentGraph;

/**
 * A whole network with everything that belongs to it: the organizations and people it refers to, memberships,
 * board, secretariat, partners, activities, events, declarations and subscriptions; and, since 0.5.0, the
 * affiliations of its organizations' people, its event series, the registration rules and registrations of its
 * events and seminars, its board's rules, and the board's motions and votes.
 *
 * <p>This is the unit that is validated at once ({@link org.chemnet.network.validation.NetworkValidator}), exported
 * and imported. {@link ConsistentGraph} checks that its parts refer to each other correctly. Build one with
 * {@link #builder(Network)}.
 *
 * @param network the network; never null
 * @param organizations every organization referred to; never null
 * @param persons every person referred to; never null
 * @param memberships the memberships, past and present; never null
 * @param board the board; never null
 * @param secretariat the secretariat, if it has one; never null
 * @param partners the partners; never null
 * @param activities the activities; never null
 * @param events the events; never null
 * @param declarations the declarations; never null
 * @param subscriptions the newsletter subscriptions; never null
 * @param affiliations the affiliations of persons with the organizations referred to; never null
 * @param eventSeries the event series, each with its editions among the events; never null
 * @param registrationRules the registration rules of events and seminars; never null
 * @param registrations the registrations for those events and seminars; never null
 * @param boardRules the board's rules for motions, if the network set them; never null
 * @param motions the board's motions, decided or not; never null
 * @param votes the votes cast on the motions; never null
 * @since 0.1.0
 */
@ConsistentGraph
@API(status = STABLE, since = "0.1.0")
public record NetworkGraph(
        @Valid Network network,
        List<@Valid Organization> organizations,
        List<@Valid Person> persons,
        List<@Valid Membership> memberships,
        @Valid Board board,
        Optional<@Valid Secretariat> secretariat,
        List<@Valid Partner> partners,
        List<@Valid Activity> activities,
        List<@Valid Event> events,
        List<@Valid Declaration> declarations,
        List<@Valid Subscription> subscriptions,
        List<@Valid Affiliation> affiliations,
        List<@Valid EventSeries> eventSeries,
        List<@Valid RegistrationRules> registrationRules,
        List<@Valid Registration> registrations,
        Optional<@Valid BoardRules> boardRules,
        List<@Valid Motion> motions,
        List<@Valid Vote> votes) {

    /**
     * Creates a graph.
     *
     * @throws NullPointerException if a component is null or a list holds null
     */
    public NetworkGraph {
        requireNonNull(network, "network");
        organizations = List.copyOf(organizations);
        persons = List.copyOf(persons);
        memberships = List.copyOf(memberships);
        requireNonNull(board, "board");
        requireNonNull(secretariat, "secretariat");
        partners = List.copyOf(partners);
        activities = List.copyOf(activities);
        events = List.copyOf(events);
        declarations = List.copyOf(declarations);
        subscriptions = List.copyOf(subscriptions);
        affiliations = List.copyOf(affiliations);
        eventSeries = List.copyOf(eventSeries);
        registrationRules = List.copyOf(registrationRules);
        registrations = List.copyOf(registrations);
        requireNonNull(boardRules, "boardRules");
        motions = List.copyOf(motions);
        votes = List.copyOf(votes);
    }

    /**
     * Creates a graph of the records of 0.1.0, with no affiliations, series, registrations, board rules, motions or
     * votes.
     *
     * @param network the network
     * @param organizations every organization referred to
     * @param persons every person referred to
     * @param memberships the memberships
     * @param board the board
     * @param secretariat the secretariat, if any
     * @param partners the partners
     * @param activities the activities
     * @param events the events
     * @param declarations the declarations
     * @param subscriptions the subscriptions
     * @throws NullPointerException if a component is null or a list holds null
     */
    public NetworkGraph(
            Network network,
            List<Organization> organizations,
            List<Person> persons,
            List<Membership> memberships,
            Board board,
            Optional<Secretariat> secretariat,
            List<Partner> partners,
            List<Activity> activities,
            List<Event> events,
            List<Declaration> declarations,
            List<Subscription> subscriptions) {
        this(
                network,
                organizations,
                persons,
                memberships,
                board,
                secretariat,
                partners,
                activities,
                events,
                declarations,
                subscriptions,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(),
                List.of());
    }

    /**
     * Starts a graph of a network, with nothing else in it yet.
     *
     * @param network the network
     * @return a builder; never null
     */
    public static NetworkGraphBuilder builder(Network network) {
        return new NetworkGraphBuilder(network);
    }

    /**
     * This graph with one organization replaced by another of the same identifier, or added if it has none. The
     * result is not validated.
     *
     * @param organization the organization
     * @return a new graph; never null
     */
    public NetworkGraph withOrganization(Organization organization) {
        requireNonNull(organization, "organization");
        List<Organization> changed = new java.util.ArrayList<>(organizations);
        int index = -1;
        for (int i = 0; i < changed.size() && index < 0; i++) {
            if (changed.get(i).id().equals(organization.id())) {
                index = i;
            }
        }
        if (index >= 0) {
            changed.set(index, organization);
        } else {
            changed.add(organization);
        }
        return toBuilder().replaceOrganizations(changed).build();
    }

    /**
     * A builder holding this graph's parts, to change some of them.
     *
     * @return a builder; never null
     */
    public NetworkGraphBuilder toBuilder() {
        return new NetworkGraphBuilder(this);
    }

    /**
     * An export that gathers what it is handed into a graph, and gives the graph when the export ends: for writers
     * that need the whole network at once. Memory holds the network.
     *
     * @param done what is done with the graph
     * @return the export; never null
     * @since 0.3.0
     */
    public static NetworkExport collecting(java.util.function.Consumer<NetworkGraph> done) {
        return new GraphCollector(java.util.Objects.requireNonNull(done, "done"));
    }

    /**
     * Hands this graph to an export, record by record, in the order of the format's sections (see
     * {@link NetworkExport}), and ends it.
     *
     * @param into where the records go
     * @since 0.3.0
     */
    public void exportTo(NetworkExport into) {
        into.network(network);
        organizations.forEach(into::organization);
        persons.forEach(into::person);
        memberships.forEach(into::membership);
        into.board(board);
        secretariat.ifPresent(into::secretariat);
        partners.forEach(into::partner);
        activities.forEach(into::activity);
        events.forEach(into::event);
        declarations.forEach(into::declaration);
        subscriptions.forEach(into::subscription);
        affiliations.forEach(into::affiliation);
        eventSeries.forEach(into::eventSeries);
        registrationRules.forEach(into::registrationRules);
        registrations.forEach(into::registration);
        boardRules.ifPresent(into::boardRules);
        motions.forEach(into::motion);
        votes.forEach(into::vote);
        into.end();
    }
}
