package org.chemnet.network.spi;

import java.util.List;
import org.chemnet.network.ConcurrentUpdateException;
import org.chemnet.network.Network;
import org.chemnet.network.NetworkGraph;
import org.chemnet.network.NetworkId;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;

/**
 * What a store changes, within one atomic transaction ({@link NetworkStore#inTransaction}). Values given are valid
 * and consistent: the use cases check them first. A store may still refuse a change its own constraints forbid, with
 * a {@link NetworkStorageException}.
 *
 * <p>"Put" methods insert or replace by identifier. Memberships are versioned: {@link #insertMembership} and
 * {@link #updateMembership} return the stored membership with its new version.
 *
 * @since 0.1.0
 */
public interface StoreTransaction extends StoreReader {
    /**
     * Inserts or replaces a network.
     *
     * @param network the network
     */
    void putNetwork(Network network);

    /**
     * Inserts or replaces an organization.
     *
     * @param organization the organization
     */
    void putOrganization(Organization organization);

    /**
     * Inserts or replaces a person.
     *
     * @param person the person
     */
    void putPerson(Person person);

    /**
     * Inserts a new membership.
     *
     * @param membership the membership; its version is ignored
     * @return the stored membership, at version 1
     * @throws NetworkStorageException if a membership with its identifier exists
     */
    Membership insertMembership(Membership membership);

    /**
     * Replaces a membership if nobody changed it since it was read.
     *
     * @param membership the membership, carrying the version that was read
     * @return the stored membership, at the next version
     * @throws ConcurrentUpdateException if the stored version is not the one given
     */
    Membership updateMembership(Membership membership);

    /**
     * Replaces a network's board, every seat.
     *
     * @param network the network
     * @param board the board
     */
    void putBoard(NetworkId network, Board board);

    /**
     * Sets a network's secretariat.
     *
     * @param network the network
     * @param secretariat the secretariat
     */
    void putSecretariat(NetworkId network, Secretariat secretariat);

    /**
     * Inserts or replaces a partner, by organization.
     *
     * @param network the network
     * @param partner the partner
     */
    void putPartner(NetworkId network, Partner partner);

    /**
     * Inserts or replaces an activity.
     *
     * @param network the network
     * @param activity the activity
     */
    void putActivity(NetworkId network, Activity activity);

    /**
     * Inserts or replaces an event.
     *
     * @param network the network
     * @param event the event
     */
    void putEvent(NetworkId network, Event event);

    /**
     * Inserts or replaces a declaration with its endorsements.
     *
     * @param network the network
     * @param declaration the declaration
     */
    void putDeclaration(NetworkId network, Declaration declaration);

    /**
     * Inserts or replaces a subscription.
     *
     * @param subscription the subscription
     */
    void putSubscription(Subscription subscription);

    /**
     * Deletes a subscription and every delivery to it.
     *
     * @param id the subscription
     */
    void deleteSubscription(SubscriptionId id);

    /**
     * Inserts a message of the outbox.
     *
     * @param message the message
     * @throws NetworkStorageException if a message with its identifier exists
     */
    void insertMessage(MailMessage message);

    /**
     * Records deliveries in the outbox.
     *
     * @param deliveries the deliveries
     * @throws NetworkStorageException if a delivery with one of their identifiers exists
     */
    void insertDeliveries(List<Delivery> deliveries);

    /**
     * Replaces a delivery after an attempt.
     *
     * @param delivery the delivery
     */
    void updateDelivery(Delivery delivery);

    /**
     * Inserts or replaces many organizations: the bulk path. By default one by one; stores may batch.
     *
     * @param organizations the organizations
     */
    default void putOrganizations(List<Organization> organizations) {
        organizations.forEach(this::putOrganization);
    }

    /**
     * Inserts or replaces many persons: the bulk path. By default one by one; stores may batch.
     *
     * @param persons the persons
     */
    default void putPersons(List<Person> persons) {
        persons.forEach(this::putPerson);
    }

    /**
     * Inserts many new memberships, each at version 1: the bulk path. By default one by one; stores may batch.
     *
     * @param memberships the memberships
     * @throws NetworkStorageException if one of them is stored already
     */
    default void insertMemberships(List<Membership> memberships) {
        memberships.forEach(this::insertMembership);
    }

    /**
     * Stores a whole network at once: the bulk path for imports. Every part is inserted or replaced as by the put
     * methods, memberships at version 1, through the bulk methods above; all or nothing, as every transaction.
     *
     * @param graph the network with everything that belongs to it
     */
    default void importGraph(NetworkGraph graph) {
        NetworkId id = graph.network().id();
        putNetwork(graph.network());
        putOrganizations(graph.organizations());
        putPersons(graph.persons());
        insertMemberships(graph.memberships());
        putBoard(id, graph.board());
        graph.secretariat().ifPresent(s -> putSecretariat(id, s));
        graph.partners().forEach(p -> putPartner(id, p));
        graph.activities().forEach(a -> putActivity(id, a));
        graph.events().forEach(e -> putEvent(id, e));
        graph.declarations().forEach(d -> putDeclaration(id, d));
        graph.subscriptions().forEach(this::putSubscription);
    }
}
