package org.chemnet.network.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;

/**
 * Puts a whole network together from a store's parts, for export: organizations and persons are read at once, by
 * {@link org.chemnet.network.spi.OrganizationPort#findOrganizations}, not one by one. The organizations referred to
 * include registrants; the persons include registrants, voters and the persons affiliated with the organizations
 * referred to, whose affiliations the graph holds. Not part of the API.
 */
final class GraphAssembler {
    private GraphAssembler() {}

    /**
     * Assembles a network's graph.
     *
     * @param store the store to read
     * @param id the network
     * @return the graph, if the network is stored
     */
    public static Optional<NetworkGraph> assemble(StoreTransaction store, NetworkId id) {
        Optional<Network> network = store.networks().network(id);
        if (network.isEmpty()) {
            return Optional.empty();
        }
        List<Membership> memberships = store.memberships().memberships(id);
        Board board = store.governance().board(id);
        Optional<Secretariat> secretariat = store.governance().secretariat(id).map(Versioned::value);
        List<Partner> partners = store.content().partners(id);
        List<Activity> activities = store.content().activities(id);
        List<Event> events = store.content().events(id);
        List<Declaration> declarations = store.content().declarations(id);
        List<Subscription> subscriptions = new ArrayList<>();
        for (Activity activity : activities) {
            if (activity instanceof Newsletter) {
                subscriptions.addAll(store.subscriptions().subscriptions(activity.id()));
            }
        }
        subscriptions.sort(Comparator.comparing(Subscription::id));
        List<RegistrationRules> registrationRules =
                GraphSections.registrationRules(store, GraphSections.occasions(activities, events));
        List<Registration> registrations = GraphSections.registrations(store, registrationRules);
        List<Motion> motions = GraphSections.motions(store, id);
        List<Vote> votes = GraphSections.votes(store, motions);

        Set<OrganizationId> organizationIds = new TreeSet<>();
        Set<PersonId> personIds = new TreeSet<>();
        for (Membership m : memberships) {
            organizationIds.add(m.organization());
            m.contact().ifPresent(personIds::add);
        }
        board.seats().forEach(seat -> {
            organizationIds.add(seat.organization());
            seat.representative().ifPresent(personIds::add);
        });
        secretariat.ifPresent(s -> organizationIds.add(s.host()));
        partners.forEach(p -> organizationIds.add(p.organization()));
        for (Activity activity : activities) {
            if (activity instanceof WorkingGroup group) {
                organizationIds.addAll(group.members());
            }
        }
        events.forEach(e -> {
            organizationIds.addAll(e.organizers());
            organizationIds.addAll(e.coOrganizers());
        });
        declarations.forEach(d -> d.endorsements().forEach(e -> organizationIds.add(e.organization())));
        subscriptions.forEach(s -> {
            s.organization().ifPresent(organizationIds::add);
            s.person().ifPresent(personIds::add);
        });
        registrations.forEach(r -> {
            r.registrant().organization().ifPresent(organizationIds::add);
            r.registrant().person().ifPresent(personIds::add);
        });
        votes.forEach(v -> personIds.add(v.voter()));
        List<Affiliation> affiliations = store.affiliations().affiliationsWithAny(organizationIds);
        affiliations.forEach(a -> personIds.add(a.person()));

        Map<OrganizationId, Versioned<Organization>> storedOrganizations =
                store.organizations().findOrganizations(List.copyOf(organizationIds));
        List<Organization> organizations = new ArrayList<>();
        organizationIds.forEach(
                o -> Optional.ofNullable(storedOrganizations.get(o)).ifPresent(v -> organizations.add(v.value())));
        Map<PersonId, Versioned<Person>> storedPersons = store.organizations().findPersons(List.copyOf(personIds));
        List<Person> persons = new ArrayList<>();
        personIds.forEach(p -> Optional.ofNullable(storedPersons.get(p)).ifPresent(v -> persons.add(v.value())));
        return Optional.of(new NetworkGraph(
                network.get(),
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
                GraphSections.series(store, id),
                registrationRules,
                registrations,
                GraphSections.boardRules(store, id),
                motions,
                votes));
    }
}
