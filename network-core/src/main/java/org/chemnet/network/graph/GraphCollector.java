package org.chemnet.network.graph;

import java.util.List;
import java.util.function.Consumer;
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
import org.jspecify.annotations.Nullable;

/**
 * An export that gathers the records into a graph and hands it over at the end: the default writer of a codec that
 * can only write whole graphs. Memory holds the network.
 */
final class GraphCollector implements NetworkExport {
    private final Consumer<NetworkGraph> done;
    private @Nullable NetworkGraphBuilder graph;

    GraphCollector(Consumer<NetworkGraph> done) {
        this.done = done;
    }

    @Override
    public void network(Network value) {
        graph = NetworkGraph.builder(value);
    }

    @Override
    public void organization(Organization organization) {
        graph().organizations(organization);
    }

    @Override
    public void person(Person person) {
        graph().persons(person);
    }

    @Override
    public void membership(Membership membership) {
        graph().memberships(membership);
    }

    @Override
    public void board(Board value) {
        graph().board(value);
    }

    @Override
    public void secretariat(Secretariat value) {
        graph().secretariat(value);
    }

    @Override
    public void partner(Partner partner) {
        graph().partners(partner);
    }

    @Override
    public void activity(Activity activity) {
        graph().activities(activity);
    }

    @Override
    public void event(Event event) {
        graph().events(event);
    }

    @Override
    public void declaration(Declaration declaration) {
        graph().declarations(declaration);
    }

    @Override
    public void subscription(Subscription subscription) {
        graph().subscriptions(List.of(subscription));
    }

    @Override
    public void affiliation(Affiliation affiliation) {
        graph().affiliations(List.of(affiliation));
    }

    @Override
    public void eventSeries(EventSeries series) {
        graph().eventSeries(List.of(series));
    }

    @Override
    public void registrationRules(RegistrationRules rules) {
        graph().registrationRules(List.of(rules));
    }

    @Override
    public void registration(Registration registration) {
        graph().registrations(List.of(registration));
    }

    @Override
    public void boardRules(BoardRules rules) {
        graph().boardRules(rules);
    }

    @Override
    public void motion(Motion motion) {
        graph().motions(List.of(motion));
    }

    @Override
    public void vote(Vote vote) {
        graph().votes(List.of(vote));
    }

    @Override
    public void end() {
        done.accept(graph().build());
    }

    private NetworkGraphBuilder graph() {
        if (graph == null) {
            throw new IllegalStateException("the network comes first in an export");
        }
        return graph;
    }
}
