package org.chemnet.network.directory;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.Networks;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.Page;
import org.chemnet.network.kernel.PageRequest;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;

/**
 * Reading what a network holds: single records, lists and pages of them, and organizations found by name.
 *
 * <p>Get it from {@link NetworkRuntime#directory()}. Every read runs in one read-only transaction of the store, so
 * what it returns is one consistent view; two pages are two reads.
 *
 * <p><b>Pages.</b> What may be long (organizations, persons, memberships, subscriptions, deliveries) comes in pages
 * of at most {@value PageRequest#MAX_SIZE}, by identifier, keyset-paged: ask for {@link PageRequest#first(int)}, then
 * for {@link PageRequest#after(String)} the cursor {@link Page#next()} gave, until it is empty. A page deep inside a
 * million rows costs what the first costs. A row stored between two reads shows on a later page if its identifier
 * comes after the cursor; none is given twice. Cursors are opaque: give them back unchanged, to the list that gave
 * them. One that no list of the same kind of record gave (organizations and their search share theirs) is refused
 * with {@link IllegalArgumentException} naming {@code after}. What is small per network (activities, partners)
 * comes as a whole list; a network's events and declarations are read through {@link NetworkRuntime#events()} and
 * {@link NetworkRuntime#declarations()}.
 *
 * <p><b>Unknown networks, newsletters and messages</b> are not an error: a read about one that is not stored gives
 * an empty page or list, no secretariat and an empty board, as for one that holds nothing yet. Use
 * {@link Networks#network(NetworkId)} to tell the two apart.
 *
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public interface Directory {
    /** The longest search text, in characters (code points). */
    int MAX_SEARCH_LENGTH = 200;

    /**
     * An organization.
     *
     * @param id its identifier
     * @return the organization, if stored; never null
     */
    Optional<Organization> organization(OrganizationId id);

    /**
     * A person.
     *
     * @param id their identifier
     * @return the person, if stored; never null
     */
    Optional<Person> person(PersonId id);

    /**
     * A page of every organization the store holds, whichever networks they take part in, by identifier.
     *
     * @param request which page, and its size
     * @return the page; never null
     * @throws IllegalArgumentException if the cursor is not one this list gave
     */
    Page<Organization> organizations(PageRequest request);

    /**
     * A page of every person the store holds, by identifier.
     *
     * @param request which page, and its size
     * @return the page; never null
     * @throws IllegalArgumentException if the cursor is not one this list gave
     */
    Page<Person> persons(PageRequest request);

    /**
     * A page of the organizations whose name in any of its languages, one of its other names or its acronym
     * contains a text, by identifier.
     *
     * <p>The match ignores case, width (full-width {@code ＡＢＣ} finds {@code ABC}, half-width {@code ｶﾀｶﾅ} finds
     * {@code カタカナ}) and accents on Latin, Greek and Cyrillic letters ({@code e} finds {@code é}), but keeps the
     * Japanese voicing marks ({@code ガ} does not find {@code カ}); runs of white space count as one space. Japanese
     * and Chinese are matched by substring ({@code 化学} finds {@code 試験化学株式会社}). The rule is
     * {@link org.chemnet.network.spi.SearchText}'s, the same on every store.
     *
     * @param text what to look for: not blank, at most {@value #MAX_SEARCH_LENGTH} characters
     * @param request which page, and its size
     * @return the page of organizations found; never null
     * @throws NullPointerException if text or request is null
     * @throws IllegalArgumentException naming {@code text} if it is blank (also once normalized, such as accents
     *     alone) or longer than {@value #MAX_SEARCH_LENGTH} characters, or naming {@code after} if the cursor is
     *     not one this list gave
     */
    Page<Organization> search(String text, PageRequest request);

    /**
     * A membership, with its whole history.
     *
     * @param id its identifier
     * @return the membership, if stored; never null
     */
    Optional<Membership> membership(MembershipId id);

    /**
     * A page of a network's memberships, past and present, each with its whole history, by identifier.
     *
     * @param network the network; one that is not stored gives an empty page
     * @param status only the memberships whose current status (the latest of their history,
     *     {@link Membership#status()}) is this one; empty for all
     * @param request which page, and its size
     * @return the page; never null
     * @throws IllegalArgumentException if the cursor is not one this list gave
     */
    Page<Membership> memberships(NetworkId network, Optional<MembershipStatus> status, PageRequest request);

    /**
     * A network's activities.
     *
     * @param network the network; one that is not stored has none
     * @return the activities, in the order they were first stored; never null
     */
    List<Activity> activities(NetworkId network);

    /**
     * A network's partners.
     *
     * @param network the network; one that is not stored has none
     * @return the partners, by organization identifier; never null
     */
    List<Partner> partners(NetworkId network);

    /**
     * A network's secretariat.
     *
     * @param network the network
     * @return the secretariat, if the network is stored and has one; never null
     */
    Optional<Secretariat> secretariat(NetworkId network);

    /**
     * A network's board, every seat past and present, in the order the seats were stored. See
     * {@link org.chemnet.network.governance.Governance#boardOn} for the board of one day.
     *
     * @param network the network
     * @return the board; one without seats, named as {@link Board#empty()}, if nothing is stored; never null
     */
    Board board(NetworkId network);

    /**
     * A page of the subscriptions to a newsletter, whatever their status, by identifier.
     *
     * @param newsletter the newsletter activity; one that is not stored gives an empty page
     * @param request which page, and its size
     * @return the page; never null
     * @throws IllegalArgumentException if the cursor is not one this list gave
     */
    Page<Subscription> subscriptions(ActivityId newsletter, PageRequest request);

    /**
     * A page of the deliveries of a message of the outbox, whatever their status, by identifier.
     *
     * @param message the message; one that is not stored gives an empty page
     * @param request which page, and its size
     * @return the page; never null
     * @throws IllegalArgumentException if the cursor is not one this list gave
     */
    Page<Delivery> deliveries(MessageId message, PageRequest request);

    /**
     * A message of the outbox: a newsletter issue or a notice, as recorded. Read as personal data (a notice names its
     * recipient), like its deliveries.
     *
     * @param message the message's identifier
     * @return the message, if recorded; never null
     * @since 0.5.0
     */
    Optional<org.chemnet.network.newsletter.MailMessage> message(MessageId message);
}
