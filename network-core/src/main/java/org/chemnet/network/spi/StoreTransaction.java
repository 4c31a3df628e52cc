package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.NetworkId;

/**
 * One transaction of a {@link NetworkStore}, and the ports it reaches, one per concern. Every port sees what this
 * transaction sees; everything changed through any of them is stored together, or nothing is.
 *
 * <p>Values given are valid and consistent: the use cases check them first. A store may still refuse a change its own
 * constraints forbid, with a {@link NetworkStorageException}. A change that another writer overtook is refused with a
 * {@link org.chemnet.network.kernel.ConcurrentUpdateException}, and the transaction then stores nothing.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface StoreTransaction {
    /**
     * Networks and their membership policy.
     *
     * @return the port; never null
     */
    NetworkPort networks();

    /**
     * Organizations and persons.
     *
     * @return the port; never null
     */
    OrganizationPort organizations();

    /**
     * Memberships and their histories, and the participants of a day.
     *
     * @return the port; never null
     */
    MembershipPort memberships();

    /**
     * Board seats, the chair and the secretariat.
     *
     * @return the port; never null
     */
    GovernancePort governance();

    /**
     * Activities, partners, events, declarations and their endorsements.
     *
     * @return the port; never null
     */
    ContentPort content();

    /**
     * Subscriptions to newsletters.
     *
     * @return the port; never null
     */
    SubscriptionPort subscriptions();

    /**
     * The mail outbox: messages, deliveries and their claims.
     *
     * @return the port; never null
     */
    OutboxPort outbox();

    /**
     * The change log: audit log, event outbox and the cursors of durable listeners.
     *
     * @return the port; never null
     * @since 0.4.0
     */
    ChangePort changes();

    /**
     * The registrations for events and seminars.
     *
     * @return the port; never null
     * @since 0.5.0
     */
    RegistrationPort registrations();

    /**
     * The affiliations of persons with organizations.
     *
     * @return the port; never null
     * @since 0.5.0
     */
    AffiliationPort affiliations();

    /**
     * The series of events and their editions.
     *
     * @return the port; never null
     * @since 0.5.0
     */
    EventSeriesPort eventSeries();

    /**
     * Board decisions: rules, motions and votes.
     *
     * @return the port; never null
     * @since 0.5.0
     */
    DecisionPort decisions();

    /**
     * What is known about each mail address: bounces, holds, suppressions.
     *
     * @return the port; never null
     * @since 0.6.0
     */
    AddressPort addresses();

    /**
     * Subscriptions asked for and not yet confirmed.
     *
     * @return the port; never null
     * @since 0.6.0
     */
    SignUpPort signUps();

    /**
     * The consent ledger.
     *
     * @return the port; never null
     * @since 0.6.0
     */
    ConsentPort consents();

    /**
     * A whole network with everything that belongs to it, for export: the organizations and persons it refers to
     * (by identifier), memberships (by identifier), board, secretariat, partners, activities, events (by first day),
     * declarations (by day of adoption) and the subscriptions to its newsletters (by identifier).
     *
     * <p>By default, assembled from the ports; a store may answer faster.
     *
     * @param id the network
     * @return the graph, if the network is stored
     */
    default Optional<NetworkGraph> graph(NetworkId id) {
        return GraphAssembler.assemble(this, id);
    }

    /**
     * Hands a whole network to an export, record by record, in the order {@link NetworkExport} says, and ends it: the
     * same records {@link #graph(NetworkId)} holds. By default the graph is assembled first; a store whose networks
     * may be large reads section by section instead, in bounded memory and a number of statements that does not
     * grow with the network.
     *
     * @param id the network
     * @param into where the records go
     * @return true if the network is stored; false, with nothing handed over, if not
     * @since 0.3.0
     */
    default boolean export(NetworkId id, NetworkExport into) {
        Optional<NetworkGraph> graph = graph(id);
        graph.ifPresent(g -> g.exportTo(into));
        return graph.isPresent();
    }

    /**
     * Stores a whole new network at once, as a bulk path for stores and tests. Organizations and persons that are not
     * stored are inserted, and those stored are left as they are (the use cases compare them first, see
     * {@link org.chemnet.network.graph.Networks#register(NetworkGraph)}), and so are affiliations; everything else is
     * inserted, memberships, registration rules, board rules and motions at version 1. All or nothing, as every
     * transaction.
     *
     * @param graph the network with everything that belongs to it
     * @throws NetworkStorageException if a part is stored already where it may not be (a membership, a seat, a
     *     subscription, or an event or activity of another network with the same identifier)
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if the network, its secretariat or one of its
     *     declarations is stored already
     */
    default void importGraph(NetworkGraph graph) {
        NetworkId id = graph.network().id();
        networks().insert(graph.network());
        var storedOrganizations = organizations()
                .findOrganizations(
                        graph.organizations().stream().map(o -> o.id()).toList());
        organizations()
                .insertOrganizations(graph.organizations().stream()
                        .filter(o -> !storedOrganizations.containsKey(o.id()))
                        .toList());
        var storedPersons = organizations()
                .findPersons(graph.persons().stream().map(p -> p.id()).toList());
        organizations()
                .insertPersons(graph.persons().stream()
                        .filter(p -> !storedPersons.containsKey(p.id()))
                        .toList());
        memberships().insertAll(graph.memberships());
        governance().insertBoard(id, graph.board());
        graph.secretariat().ifPresent(s -> governance().saveSecretariat(id, s, 0));
        graph.partners().forEach(p -> content().savePartner(id, p));
        graph.activities().forEach(a -> content().saveActivity(id, a));
        graph.events().forEach(e -> content().saveEvent(id, e));
        graph.declarations().forEach(d -> content().insertDeclaration(id, d));
        subscriptions().insertAll(graph.subscriptions());
        graph.affiliations().stream()
                .filter(a -> affiliations().affiliation(a.id()).isEmpty())
                .forEach(affiliations()::insert);
        graph.eventSeries().forEach(eventSeries()::insert);
        graph.registrationRules().forEach(r -> registrations().saveRules(r, 0));
        graph.registrations().forEach(registrations()::insert);
        graph.boardRules().ifPresent(r -> decisions().saveRules(id, r, 0));
        graph.motions().forEach(m -> decisions().saveMotion(m, 0));
        graph.votes().forEach(decisions()::insertVote);
    }
}
