package org.chemnet.network.internal.graph;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.common.DateRange;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;

/**
 * The rules of a consistent network (see {@link org.chemnet.network.validation.ConsistentGraph}), one record at a
 * time: identifiers unique in the network, references to organizations, persons, events and newsletters that came
 * before, memberships of this network that do not overlap, and neither memberships nor board seats of a dissolved
 * organization that outlast it (a membership ends by the day of dissolution, a seat is held at most until the day
 * before). Both the validation of a whole graph and streaming imports
 * feed records through one instance, in the order of the format's sections (organizations, persons, memberships,
 * board seats, secretariat, partners, activities, events, declarations, subscriptions), so that both apply the same
 * rules.
 *
 * <p>Memory holds 64-bit hashes of identifiers (see {@link IdHashes}), the periods of memberships and the dates of
 * events, never the records. Each method checks a record against what came before and then remembers its identifier,
 * whether or not it broke a rule; an event is remembered as one declarations may be adopted at only if it passed, since
 * a skipping import does not store it. Not part of the API; not thread-safe.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class GraphRules {
    static final String DUPLICATE_ID = "ConsistentGraph.duplicateId";
    static final String UNKNOWN_ORGANIZATION = "ConsistentGraph.unknownOrganization";
    static final String UNKNOWN_PERSON = "ConsistentGraph.unknownPerson";

    private final NetworkId network;
    private final IdHashes organizations = new IdHashes();
    private final IdHashes persons = new IdHashes();
    private final IdHashes memberships = new IdHashes();
    private final IdHashes seats = new IdHashes();
    private final IdHashes partners = new IdHashes();
    private final IdHashes activities = new IdHashes();
    private final IdHashes newsletters = new IdHashes();
    private final IdHashes declarations = new IdHashes();
    private final IdHashes subscriptions = new IdHashes();
    private final IdHashes eventIds = new IdHashes();
    /** The days of the events that passed, by identifier. */
    private final Map<String, DateRange> events = new HashMap<>();

    private final MembershipPeriods periods = new MembershipPeriods();
    private final DissolutionDays dissolved = new DissolutionDays();

    /**
     * Starts the rules of a network.
     *
     * @param network the network whose records are checked
     */
    public GraphRules(NetworkId network) {
        this.network = network;
    }

    /**
     * Checks an organization: its identifier is unique.
     *
     * @param o the organization
     * @return what it breaks; empty if nothing
     */
    public List<Finding> organization(Organization o) {
        o.dissolved().ifPresent(day -> dissolved.put(o.id().value(), (int) day.toEpochDay()));
        return unique(organizations, o.id().value());
    }

    /**
     * Checks a person: their identifier is unique.
     *
     * @param p the person
     * @return what it breaks; empty if nothing
     */
    public List<Finding> person(Person p) {
        return unique(persons, p.id().value());
    }

    /**
     * Checks a membership: unique, of this network, of a known organization and contact, not overlapping another of
     * the organization in the same role.
     *
     * @param m the membership
     * @return what it breaks; empty if nothing
     */
    public List<Finding> membership(Membership m) {
        List<Finding> found = new ArrayList<>(unique(memberships, m.id().value()));
        if (!m.network().equals(network)) {
            found.add(Finding.on("network", "ConsistentGraph.otherNetwork"));
        }
        organization(m.organization(), "organization", found);
        person(m.contact(), "contact", found);
        if (!m.history().isEmpty()) {
            long key =
                    IdHashes.hash(m.organization().value() + '\u0000' + m.role().name());
            int since = (int) m.since().toEpochDay();
            int ended = m.endedOn().map(d -> (int) d.toEpochDay()).orElse(Integer.MAX_VALUE);
            if (periods.addOverlapping(key, since, ended)) {
                found.add(Finding.on("history", "ConsistentGraph.overlappingMembership"));
            }
            OptionalInt end = dissolved.day(m.organization().value());
            if (end.isPresent() && ended > end.getAsInt()) {
                found.add(Finding.on("history", "ConsistentGraph.membershipAfterDissolution"));
            }
        }
        return found;
    }

    /**
     * Checks a seat of the board: unique, of a known organization and representative.
     *
     * @param seat the seat
     * @return what it breaks; empty if nothing
     */
    public List<Finding> seat(BoardSeat seat) {
        List<Finding> found = new ArrayList<>(unique(seats, seat.id().value()));
        organization(seat.organization(), "organization", found);
        person(seat.representative(), "representative", found);
        OptionalInt end = dissolved.day(seat.organization().value());
        if (end.isPresent()
                && seat.term().end().map(d -> d.toEpochDay() >= end.getAsInt()).orElse(true)) {
            found.add(Finding.on("term", "ConsistentGraph.seatAfterDissolution"));
        }
        return found;
    }

    /**
     * Checks the secretariat: its host is a known organization.
     *
     * @param secretariat the secretariat
     * @return what it breaks; empty if nothing
     */
    public List<Finding> secretariat(Secretariat secretariat) {
        List<Finding> found = new ArrayList<>(1);
        organization(secretariat.host(), "host", found);
        return found;
    }

    /**
     * Checks a partner: a known organization, a partner once.
     *
     * @param partner the partner
     * @return what it breaks; empty if nothing
     */
    public List<Finding> partner(Partner partner) {
        List<Finding> found = new ArrayList<>(1);
        if (!partners.add(partner.organization().value())) {
            found.add(Finding.on("organization", DUPLICATE_ID));
        }
        organization(partner.organization(), "organization", found);
        return found;
    }

    /**
     * Checks an activity: unique; a working group's members known organizations.
     *
     * @param activity the activity
     * @return what it breaks; empty if nothing
     */
    public List<Finding> activity(Activity activity) {
        List<Finding> found = new ArrayList<>(unique(activities, activity.id().value()));
        if (activity instanceof WorkingGroup group) {
            organizations(group.members(), "members", found);
        }
        if (activity instanceof Newsletter) {
            newsletters.add(activity.id().value());
        }
        return found;
    }

    /**
     * Checks an event: unique; its organizers and co-organizers known organizations. Only an event that passes is
     * remembered as one declarations may be adopted at.
     *
     * @param event the event
     * @return what it breaks; empty if nothing
     */
    public List<Finding> event(Event event) {
        List<Finding> found = new ArrayList<>(unique(eventIds, event.id().value()));
        organizations(event.organizers(), "organizers", found);
        organizations(event.coOrganizers(), "coOrganizers", found);
        if (found.isEmpty()) {
            // only an event that passes is one a declaration may be adopted at: a skipping import stores no other
            events.put(event.id().value(), event.dates());
        }
        return found;
    }

    /**
     * Checks a declaration: unique; adopted at a known event, on one of its days; its endorsers known organizations.
     *
     * @param declaration the declaration
     * @return what it breaks; empty if nothing
     */
    public List<Finding> declaration(Declaration declaration) {
        List<Finding> found =
                new ArrayList<>(unique(declarations, declaration.id().value()));
        DateRange dates = events.get(declaration.adoptedAt().value());
        if (dates == null) {
            found.add(Finding.on("adoptedAt", "ConsistentGraph.unknownEvent"));
        } else if (!dates.covers(declaration.adoptedOn())) {
            found.add(Finding.on("adoptedOn", "ConsistentGraph.adoptedOutsideEvent"));
        }
        for (int j = 0; j < declaration.endorsements().size(); j++) {
            if (!organizations.contains(
                    declaration.endorsements().get(j).organization().value())) {
                found.add(new Finding("endorsements", j, UNKNOWN_ORGANIZATION));
            }
        }
        return found;
    }

    /**
     * Checks a subscription: unique; to a known newsletter; of a known person and organization.
     *
     * @param subscription the subscription
     * @return what it breaks; empty if nothing
     */
    public List<Finding> subscription(Subscription subscription) {
        List<Finding> found =
                new ArrayList<>(unique(subscriptions, subscription.id().value()));
        if (!newsletters.contains(subscription.newsletter().value())) {
            found.add(Finding.on("newsletter", "ConsistentGraph.unknownNewsletter"));
        }
        person(subscription.person(), "person", found);
        subscription.organization().ifPresent(o -> organization(o, "organization", found));
        return found;
    }

    private static List<Finding> unique(IdHashes seen, String id) {
        return seen.add(id) ? List.of() : List.of(Finding.on("id", DUPLICATE_ID));
    }

    private void organization(OrganizationId id, String property, List<Finding> found) {
        if (!organizations.contains(id.value())) {
            found.add(Finding.on(property, UNKNOWN_ORGANIZATION));
        }
    }

    private void organizations(List<OrganizationId> ids, String property, List<Finding> found) {
        for (int j = 0; j < ids.size(); j++) {
            if (!organizations.contains(ids.get(j).value())) {
                found.add(new Finding(property, j, UNKNOWN_ORGANIZATION));
            }
        }
    }

    private void person(Optional<PersonId> id, String property, List<Finding> found) {
        if (id.isPresent() && !persons.contains(id.get().value())) {
            found.add(Finding.on(property, UNKNOWN_PERSON));
        }
    }
}
