package org.chemnet.network.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;

/**
 * An export that gathers the records into a graph and hands it over at the end: the default writer of a codec that
 * can only write whole graphs. Memory holds the network.
 */
final class GraphCollector implements NetworkExport {
    private final Consumer<NetworkGraph> done;
    private Network network;
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private Board board = Board.empty();
    private final List<Secretariat> secretariat = new ArrayList<>(1);
    private final List<Partner> partners = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    GraphCollector(Consumer<NetworkGraph> done) {
        this.done = done;
    }

    @Override
    public void network(Network value) {
        network = value;
    }

    @Override
    public void organization(Organization organization) {
        organizations.add(organization);
    }

    @Override
    public void person(Person person) {
        persons.add(person);
    }

    @Override
    public void membership(Membership membership) {
        memberships.add(membership);
    }

    @Override
    public void board(Board value) {
        board = value;
    }

    @Override
    public void secretariat(Secretariat value) {
        secretariat.add(value);
    }

    @Override
    public void partner(Partner partner) {
        partners.add(partner);
    }

    @Override
    public void activity(Activity activity) {
        activities.add(activity);
    }

    @Override
    public void event(Event event) {
        events.add(event);
    }

    @Override
    public void declaration(Declaration declaration) {
        declarations.add(declaration);
    }

    @Override
    public void subscription(Subscription subscription) {
        subscriptions.add(subscription);
    }

    @Override
    public void end() {
        if (network == null) {
            throw new IllegalStateException("the export ended without a network");
        }
        done.accept(new NetworkGraph(
                network,
                organizations,
                persons,
                memberships,
                board,
                secretariat.stream().findFirst(),
                partners,
                activities,
                events,
                declarations,
                subscriptions));
    }
}
