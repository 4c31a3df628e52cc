package org.chemnet.network.graph;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Collection;
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

/**
 * Builds a {@link NetworkGraph}. Every method rejects null; consistency is checked by validation, not here.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class NetworkGraphBuilder {
    private Network network;
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private Board board = Board.empty();
    private Optional<Secretariat> secretariat = Optional.empty();
    private final List<Partner> partners = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final List<Affiliation> affiliations = new ArrayList<>();
    private final List<EventSeries> eventSeries = new ArrayList<>();
    private final List<RegistrationRules> registrationRules = new ArrayList<>();
    private final List<Registration> registrations = new ArrayList<>();
    private Optional<BoardRules> boardRules = Optional.empty();
    private final List<Motion> motions = new ArrayList<>();
    private final List<Vote> votes = new ArrayList<>();

    NetworkGraphBuilder(Network network) {
        this.network = requireNonNull(network, "network");
    }

    NetworkGraphBuilder(NetworkGraph graph) {
        this(graph.network());
        organizations.addAll(graph.organizations());
        persons.addAll(graph.persons());
        memberships.addAll(graph.memberships());
        board = graph.board();
        secretariat = graph.secretariat();
        partners.addAll(graph.partners());
        activities.addAll(graph.activities());
        events.addAll(graph.events());
        declarations.addAll(graph.declarations());
        subscriptions.addAll(graph.subscriptions());
        affiliations.addAll(graph.affiliations());
        eventSeries.addAll(graph.eventSeries());
        registrationRules.addAll(graph.registrationRules());
        registrations.addAll(graph.registrations());
        boardRules = graph.boardRules();
        motions.addAll(graph.motions());
        votes.addAll(graph.votes());
    }

    /**
     * Replaces the network.
     *
     * @param value the network
     * @return this builder
     */
    public NetworkGraphBuilder network(Network value) {
        this.network = requireNonNull(value, "network");
        return this;
    }

    /**
     * Adds organizations.
     *
     * @param values the organizations
     * @return this builder
     */
    public NetworkGraphBuilder organizations(Collection<Organization> values) {
        return addAll(organizations, values, "organizations");
    }

    /**
     * Adds organizations.
     *
     * @param values the organizations
     * @return this builder
     */
    public NetworkGraphBuilder organizations(Organization... values) {
        return organizations(List.of(values));
    }

    /**
     * Adds persons.
     *
     * @param values the persons
     * @return this builder
     */
    public NetworkGraphBuilder persons(Person... values) {
        return addAll(persons, List.of(values), "persons");
    }

    /**
     * Adds memberships.
     *
     * @param values the memberships
     * @return this builder
     */
    public NetworkGraphBuilder memberships(Collection<Membership> values) {
        return addAll(memberships, values, "memberships");
    }

    /**
     * Adds memberships.
     *
     * @param values the memberships
     * @return this builder
     */
    public NetworkGraphBuilder memberships(Membership... values) {
        return memberships(List.of(values));
    }

    /**
     * Sets the board.
     *
     * @param value the board
     * @return this builder
     */
    public NetworkGraphBuilder board(Board value) {
        this.board = requireNonNull(value, "board");
        return this;
    }

    /**
     * Sets the secretariat.
     *
     * @param value the secretariat
     * @return this builder
     */
    public NetworkGraphBuilder secretariat(Secretariat value) {
        this.secretariat = Optional.of(value);
        return this;
    }

    /**
     * Adds partners.
     *
     * @param values the partners
     * @return this builder
     */
    public NetworkGraphBuilder partners(Partner... values) {
        return addAll(partners, List.of(values), "partners");
    }

    /**
     * Adds activities.
     *
     * @param values the activities
     * @return this builder
     */
    public NetworkGraphBuilder activities(Activity... values) {
        return addAll(activities, List.of(values), "activities");
    }

    /**
     * Adds events.
     *
     * @param values the events
     * @return this builder
     */
    public NetworkGraphBuilder events(Event... values) {
        return addAll(events, List.of(values), "events");
    }

    /**
     * Adds declarations.
     *
     * @param values the declarations
     * @return this builder
     */
    public NetworkGraphBuilder declarations(Declaration... values) {
        return addAll(declarations, List.of(values), "declarations");
    }

    /**
     * Adds subscriptions.
     *
     * @param values the subscriptions
     * @return this builder
     */
    public NetworkGraphBuilder subscriptions(Collection<Subscription> values) {
        return addAll(subscriptions, values, "subscriptions");
    }

    /**
     * Adds affiliations.
     *
     * @param values the affiliations
     * @return this builder
     * @since 0.5.0
     */
    public NetworkGraphBuilder affiliations(Collection<Affiliation> values) {
        return addAll(affiliations, values, "affiliations");
    }

    /**
     * Adds event series.
     *
     * @param values the series
     * @return this builder
     * @since 0.5.0
     */
    public NetworkGraphBuilder eventSeries(Collection<EventSeries> values) {
        return addAll(eventSeries, values, "eventSeries");
    }

    /**
     * Adds registration rules.
     *
     * @param values the rules
     * @return this builder
     * @since 0.5.0
     */
    public NetworkGraphBuilder registrationRules(Collection<RegistrationRules> values) {
        return addAll(registrationRules, values, "registrationRules");
    }

    /**
     * Adds registrations.
     *
     * @param values the registrations
     * @return this builder
     * @since 0.5.0
     */
    public NetworkGraphBuilder registrations(Collection<Registration> values) {
        return addAll(registrations, values, "registrations");
    }

    /**
     * Sets the board's rules.
     *
     * @param value the rules
     * @return this builder
     * @since 0.5.0
     */
    public NetworkGraphBuilder boardRules(BoardRules value) {
        this.boardRules = Optional.of(value);
        return this;
    }

    /**
     * Adds motions.
     *
     * @param values the motions
     * @return this builder
     * @since 0.5.0
     */
    public NetworkGraphBuilder motions(Collection<Motion> values) {
        return addAll(motions, values, "motions");
    }

    /**
     * Adds votes.
     *
     * @param values the votes
     * @return this builder
     * @since 0.5.0
     */
    public NetworkGraphBuilder votes(Collection<Vote> values) {
        return addAll(votes, values, "votes");
    }

    /** Replaces every organization: for {@link NetworkGraph#withOrganization}. */
    NetworkGraphBuilder replaceOrganizations(List<Organization> values) {
        organizations.clear();
        return organizations(values);
    }

    /**
     * Builds the graph. The builder can be used again.
     *
     * @return the graph; never null
     */
    public NetworkGraph build() {
        return new NetworkGraph(
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
                affiliations,
                eventSeries,
                registrationRules,
                registrations,
                boardRules,
                motions,
                votes);
    }

    private <T> NetworkGraphBuilder addAll(List<T> target, Collection<T> values, String name) {
        requireNonNull(values, name);
        values.forEach(v -> target.add(requireNonNull(v, name)));
        return this;
    }
}
