package org.chemnet.network.personaldata;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Person;

/**
 * Everything stored about a person, as handed over on their request.
 *
 * @param person the person's own record; never null
 * @param contactFor the memberships they are the contact for; never null
 * @param boardSeats the board seats they sat in as representative; never null
 * @param subscriptions their newsletter subscriptions; never null
 * @param deliveries the mails to them that the outbox holds, sent or pending (issues and notices); never null
 * @param affiliations their affiliations with organizations, by first day (since 0.5.0); never null
 * @param registrations their registrations for events and seminars (since 0.5.0); never null
 * @param votes the votes they cast for a board seat (since 0.5.0); never null
 * @param consents the entries of the consent ledger that name them, oldest first (since 0.6.0); never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record PersonalDataExport(
        Person person,
        List<Membership> contactFor,
        List<BoardSeat> boardSeats,
        List<Subscription> subscriptions,
        List<Delivery> deliveries,
        List<org.chemnet.network.affiliation.Affiliation> affiliations,
        List<org.chemnet.network.registration.Registration> registrations,
        List<org.chemnet.network.decision.Vote> votes,
        List<org.chemnet.network.consent.ConsentEntry> consents) {
    /**
     * Creates an export.
     *
     * @throws NullPointerException if a component is null
     */
    public PersonalDataExport {
        requireNonNull(person, "person");
        contactFor = List.copyOf(contactFor);
        boardSeats = List.copyOf(boardSeats);
        subscriptions = List.copyOf(subscriptions);
        deliveries = List.copyOf(deliveries);
        affiliations = List.copyOf(affiliations);
        registrations = List.copyOf(registrations);
        votes = List.copyOf(votes);
        consents = List.copyOf(consents);
    }

    /**
     * Creates an export without consents, as before 0.6.0.
     *
     * @param person the person's own record
     * @param contactFor the memberships they are the contact for
     * @param boardSeats the board seats they sat in as representative
     * @param subscriptions their newsletter subscriptions
     * @param deliveries the mails to them that the outbox holds
     * @param affiliations their affiliations
     * @param registrations their registrations
     * @param votes their votes
     * @throws NullPointerException if a component is null
     */
    public PersonalDataExport(
            Person person,
            List<Membership> contactFor,
            List<BoardSeat> boardSeats,
            List<Subscription> subscriptions,
            List<Delivery> deliveries,
            List<org.chemnet.network.affiliation.Affiliation> affiliations,
            List<org.chemnet.network.registration.Registration> registrations,
            List<org.chemnet.network.decision.Vote> votes) {
        this(person, contactFor, boardSeats, subscriptions, deliveries, affiliations, registrations, votes, List.of());
    }

    /**
     * Creates an export without affiliations, registrations or votes, as before 0.5.0.
     *
     * @param person the person's own record
     * @param contactFor the memberships they are the contact for
     * @param boardSeats the board seats they sat in as representative
     * @param subscriptions their newsletter subscriptions
     * @param deliveries the mails to them that the outbox holds
     * @throws NullPointerException if a component is null
     */
    public PersonalDataExport(
            Person person,
            List<Membership> contactFor,
            List<BoardSeat> boardSeats,
            List<Subscription> subscriptions,
            List<Delivery> deliveries) {
        this(person, contactFor, boardSeats, subscriptions, deliveries, List.of(), List.of(), List.of(), List.of());
    }
}
