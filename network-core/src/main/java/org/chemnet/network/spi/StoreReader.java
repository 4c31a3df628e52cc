package org.chemnet.network.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.Network;
import org.chemnet.network.NetworkGraph;
import org.chemnet.network.NetworkId;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.internal.GraphAssembler;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;

/**
 * What a store answers. Every method returns what is committed (or, inside a transaction, what that transaction
 * sees); lists are never null, absent records are empty {@link Optional}s.
 *
 * <p>Lists come in a stable order: by identifier unless a method says otherwise.
 *
 * @since 0.1.0
 */
public interface StoreReader {
    /**
     * The identifiers of every stored network.
     *
     * @return the identifiers, in order
     */
    List<NetworkId> networks();

    /**
     * A network.
     *
     * @param id its identifier
     * @return the network, if stored
     */
    Optional<Network> network(NetworkId id);

    /**
     * An organization.
     *
     * @param id its identifier
     * @return the organization, if stored
     */
    Optional<Organization> organization(OrganizationId id);

    /**
     * A person.
     *
     * @param id the identifier
     * @return the person, if stored
     */
    Optional<Person> person(PersonId id);

    /**
     * A membership.
     *
     * @param id its identifier
     * @return the membership with its stored version, if stored
     */
    Optional<Membership> membership(MembershipId id);

    /**
     * Every membership of a network, past and present.
     *
     * @param network the network
     * @return the memberships
     */
    List<Membership> memberships(NetworkId network);

    /**
     * Every membership of an organization, in every network: its history.
     *
     * @param organization the organization
     * @return the memberships, oldest first
     */
    List<Membership> membershipsOf(OrganizationId organization);

    /**
     * The participants a query selects.
     *
     * @param query the network, day and filters
     * @return the participants, by organization identifier
     */
    List<Participant> participants(ParticipantQuery query);

    /**
     * How many participants a query selects, without loading them.
     *
     * @param query the network, day and filters
     * @return the count
     */
    long countParticipants(ParticipantQuery query);

    /**
     * A network's board, every seat past and present.
     *
     * @param network the network
     * @return the board; {@link Board#empty()} if none is stored
     */
    Board board(NetworkId network);

    /**
     * A network's secretariat.
     *
     * @param network the network
     * @return the secretariat, if it has one
     */
    Optional<Secretariat> secretariat(NetworkId network);

    /**
     * A network's partners.
     *
     * @param network the network
     * @return the partners, by organization identifier
     */
    List<Partner> partners(NetworkId network);

    /**
     * A network's activities.
     *
     * @param network the network
     * @return the activities, in the order they were first stored
     */
    List<Activity> activities(NetworkId network);

    /**
     * An activity.
     *
     * @param id its identifier
     * @return the activity, if stored
     */
    Optional<Activity> activity(ActivityId id);

    /**
     * A network's events.
     *
     * @param network the network
     * @return the events, by first day
     */
    List<Event> events(NetworkId network);

    /**
     * An event.
     *
     * @param id its identifier
     * @return the event, if stored
     */
    Optional<Event> event(EventId id);

    /**
     * A network's declarations.
     *
     * @param network the network
     * @return the declarations, by day of adoption
     */
    List<Declaration> declarations(NetworkId network);

    /**
     * A declaration.
     *
     * @param id its identifier
     * @return the declaration, if stored
     */
    Optional<Declaration> declaration(DeclarationId id);

    /**
     * The network a declaration belongs to.
     *
     * @param id the declaration
     * @return the network, if the declaration is stored
     */
    Optional<NetworkId> networkOfDeclaration(DeclarationId id);

    /**
     * The subscriptions to a newsletter.
     *
     * @param newsletter the newsletter activity
     * @return the subscriptions, whatever their status
     */
    List<Subscription> subscriptions(ActivityId newsletter);

    /**
     * A subscription.
     *
     * @param id its identifier
     * @return the subscription, if stored
     */
    Optional<Subscription> subscription(SubscriptionId id);

    /**
     * The subscriptions of a person.
     *
     * @param person the person
     * @return the subscriptions
     */
    List<Subscription> subscriptionsOf(PersonId person);

    /**
     * A message of the outbox.
     *
     * @param id its identifier
     * @return the message, if stored
     */
    Optional<MailMessage> message(MessageId id);

    /**
     * A delivery of the outbox.
     *
     * @param id its identifier
     * @return the delivery, if stored
     */
    Optional<Delivery> delivery(DeliveryId id);

    /**
     * The deliveries of a message.
     *
     * @param message the message
     * @return the deliveries
     */
    List<Delivery> deliveries(MessageId message);

    /**
     * Pending deliveries whose next attempt is due.
     *
     * @param now the time
     * @param limit the most to return
     * @return pending deliveries with {@code nextAttempt <= now}, earliest first, then by identifier
     */
    List<Delivery> dueDeliveries(Instant now, int limit);

    /**
     * A whole network with everything that belongs to it, for export: the organizations and persons it refers to
     * (by identifier), memberships (by identifier), board, secretariat, partners, activities, events (by first day),
     * declarations (by day of adoption) and the subscriptions to its newsletters (by identifier).
     *
     * <p>By default, assembled from the other methods; a store may answer faster.
     *
     * @param id the network
     * @return the graph, if the network is stored
     */
    default Optional<NetworkGraph> graph(NetworkId id) {
        return GraphAssembler.assemble(this, id);
    }
}
