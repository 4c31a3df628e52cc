package org.chemnet.network.internal.graph;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.affiliation.AffiliationRole;
import org.chemnet.network.common.DateRange;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventSeries;
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
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.registration.RegistrationStatus;

/**
 * The rules of a consistent network (see {@link org.chemnet.network.validation.ConsistentGraph}), one record at a
 * time: identifiers unique in the network, references to organizations, persons, events and newsletters that came
 * before, memberships of this network that do not overlap, and neither memberships nor board seats of a dissolved
 * organization that outlast it (a membership ends by the day of dissolution, a seat is held at most until the day
 * before). Both the validation of a whole graph and streaming imports
 * feed records through one instance, in the order of the format's sections (organizations, persons, memberships,
 * board seats, secretariat, partners, activities, events, declarations, subscriptions, affiliations, event series,
 * registration rules, registrations, motions, votes), so that both apply the same rules. Since 0.5.0: one head of an
 * organization at a time; a series of this network whose editions are known events, each in one series; rules of
 * known events and seminars, once each; registrations for occasions with rules, of known registrants, with unique
 * sequences and no more confirmed than the capacity; motions of this network about known activities, decided no
 * earlier than their vote day; votes on known motions, from known seats, by known persons, once per motion, seat and
 * voter (whether the voter sat that day is for the decision use cases to count, not a rule of the graph).
 *
 * <p>Memory holds 64-bit hashes of identifiers (see {@link IdHashes}), the periods of memberships and the dates of
 * events, the identifiers of the board's seats, and the head affiliations, never the other records.
 * Each method checks a record against what came before and then remembers its identifier,
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

    private final IdHashes seminars = new IdHashes();
    /** The activities that passed: those a motion may be about, as a skipping import stores only them. */
    private final IdHashes passedActivities = new IdHashes();

    private final IdHashes affiliations = new IdHashes();
    private final IdHashes series = new IdHashes();
    private final IdHashes editions = new IdHashes();
    private final IdHashes registrations = new IdHashes();
    private final IdHashes sequences = new IdHashes();
    private final IdHashes motionIds = new IdHashes();
    private final IdHashes votes = new IdHashes();
    /** The identifiers of the board's seats, while the board stands: a board has few. */
    private final Set<String> boardSeats = new HashSet<>();
    /** The heads that passed, by organization: one at a time. */
    private final Map<String, List<Affiliation>> heads = new HashMap<>();
    /** The occasions whose rules passed, with their capacity and how many confirmed registrations came so far. */
    private final Map<Occasion, int[]> occasions = new HashMap<>();
    /** The motions that passed, by identifier. */
    private final Set<String> motions = new HashSet<>();

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
     * Checks the seats of the board, one by one. A board is stored whole or not at all: if a seat breaks a rule, none
     * of the board's seats is known afterwards, so that votes from them refer to nothing, in a check of a whole graph
     * as in an import that leaves the board out.
     *
     * @param board the board's seats
     * @return what each seat breaks, by its index; each empty if nothing
     */
    public List<List<Finding>> board(List<BoardSeat> board) {
        List<List<Finding>> found = new ArrayList<>(board.size());
        boolean refused = false;
        for (BoardSeat seat : board) {
            List<Finding> ofSeat = seat(seat);
            refused |= !ofSeat.isEmpty();
            found.add(ofSeat);
        }
        if (refused) {
            board.forEach(seat -> boardSeats.remove(seat.id().value()));
        }
        return found;
    }

    /** Checks a seat of the board: unique, of a known organization and representative. */
    private List<Finding> seat(BoardSeat seat) {
        List<Finding> found = new ArrayList<>(unique(seats, seat.id().value()));
        boardSeats.add(seat.id().value());
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
        if (found.isEmpty()) {
            passedActivities.add(activity.id().value());
            if (activity instanceof Seminar) {
                seminars.add(activity.id().value());
            }
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

    /**
     * Checks an affiliation: unique; of a known person and organization; a head not overlapping another head of the
     * organization. Only a head that passes is remembered.
     *
     * @param a the affiliation
     * @return what it breaks; empty if nothing
     */
    public List<Finding> affiliation(Affiliation a) {
        List<Finding> found = new ArrayList<>(unique(affiliations, a.id().value()));
        person(Optional.of(a.person()), "person", found);
        organization(a.organization(), "organization", found);
        if (a.role() == AffiliationRole.HEAD && found.isEmpty()) {
            List<Affiliation> before = heads.computeIfAbsent(a.organization().value(), k -> new ArrayList<>());
            if (Heads.overlapping(before, a).isPresent()) {
                found.add(Finding.on("period", "ConsistentGraph.overlappingHead"));
            } else {
                before.add(a);
            }
        }
        return found;
    }

    /**
     * Checks an event series: unique; of this network; its editions known events, each of one series.
     *
     * @param s the series
     * @return what it breaks; empty if nothing
     */
    public List<Finding> eventSeries(EventSeries s) {
        List<Finding> found = new ArrayList<>(unique(series, s.id().value()));
        network(s.network(), found);
        for (int j = 0; j < s.editions().size(); j++) {
            EventId edition = s.editions().get(j);
            if (!events.containsKey(edition.value())) {
                found.add(new Finding("editions", j, "ConsistentGraph.unknownEvent"));
            } else if (!editions.add(edition.value())) {
                found.add(new Finding("editions", j, "ConsistentGraph.editionOfOtherSeries"));
            }
        }
        return found;
    }

    /**
     * Checks the registration rules of an occasion: of this network; of a known event or seminar; once per
     * occasion. Only rules that pass open their occasion for registrations.
     *
     * @param r the rules
     * @return what it breaks; empty if nothing
     */
    public List<Finding> registrationRules(RegistrationRules r) {
        List<Finding> found = new ArrayList<>(1);
        network(r.network(), found);
        boolean known = r.occasion().kind() == Occasion.Kind.EVENT
                ? events.containsKey(r.occasion().id())
                : seminars.contains(r.occasion().id());
        if (!known) {
            found.add(Finding.on("occasion", "ConsistentGraph.unknownOccasion"));
        } else if (occasions.containsKey(r.occasion())) {
            found.add(Finding.on("occasion", DUPLICATE_ID));
        }
        if (found.isEmpty()) {
            occasions.put(r.occasion(), new int[] {r.capacity().orElse(Integer.MAX_VALUE), 0});
        }
        return found;
    }

    /**
     * Checks a registration: unique; of this network; for an occasion whose rules came before; of known
     * registrants; its sequence unique in the occasion; confirmed only while the occasion has a place.
     *
     * @param r the registration
     * @return what it breaks; empty if nothing
     */
    public List<Finding> registration(Registration r) {
        List<Finding> found = new ArrayList<>(unique(registrations, r.id().value()));
        network(r.network(), found);
        int[] places = occasions.get(r.occasion());
        if (places == null) {
            found.add(Finding.on("occasion", "ConsistentGraph.notOpenForRegistration"));
        }
        r.registrant().organization().ifPresent(o -> organization(o, "registrant.organization", found));
        person(r.registrant().person(), "registrant.person", found);
        if (!sequences.add(r.occasion() + "\u0000" + r.sequence())) {
            found.add(Finding.on("sequence", "ConsistentGraph.duplicateSequence"));
        }
        if (places != null && r.status() == RegistrationStatus.CONFIRMED) {
            if (places[1] >= places[0]) {
                found.add(Finding.on("status", "ConsistentGraph.beyondCapacity"));
            } else if (found.isEmpty()) {
                places[1]++;
            }
        }
        return found;
    }

    /**
     * Checks a motion: unique; of this network; about a known activity; decided no earlier than its vote day. Only a
     * motion that passes may be voted on.
     *
     * @param m the motion
     * @return what it breaks; empty if nothing
     */
    public List<Finding> motion(Motion m) {
        List<Finding> found = new ArrayList<>(unique(motionIds, m.id().value()));
        network(m.network(), found);
        if (m.activity().isPresent()
                && !passedActivities.contains(m.activity().get().value())) {
            found.add(Finding.on("activity", "ConsistentGraph.unknownActivity"));
        }
        if (m.decision().isPresent() && m.decision().get().decidedOn().isBefore(m.voteDay())) {
            found.add(Finding.on("decision.decidedOn", "ConsistentGraph.decidedBeforeVoteDay"));
        }
        if (found.isEmpty()) {
            motions.add(m.id().value());
        }
        return found;
    }

    /**
     * Checks a vote: on a known motion; from a known seat; by a known person; once per motion, seat and voter. Whether
     * the voter sat on the seat on the vote day is not a rule of the graph: a vote is a fact as cast, and one whose
     * voter sits there no more (a seat ended or handed to a new head since) is kept and not counted, as the decision
     * use cases count.
     *
     * @param v the vote
     * @return what it breaks; empty if nothing
     */
    public List<Finding> vote(Vote v) {
        List<Finding> found = new ArrayList<>(1);
        if (!motions.contains(v.motion().value())) {
            found.add(Finding.on("motion", "ConsistentGraph.unknownMotion"));
        }
        if (!boardSeats.contains(v.seat().value())) {
            found.add(Finding.on("seat", "ConsistentGraph.unknownSeat"));
        }
        person(Optional.of(v.voter()), "voter", found);
        if (!votes.add(v.motion().value()
                + '\u0000'
                + v.seat().value()
                + '\u0000'
                + v.voter().value())) {
            found.add(Finding.on("seat", "ConsistentGraph.duplicateVote"));
        }
        return found;
    }

    private void network(NetworkId id, List<Finding> found) {
        if (!id.equals(network)) {
            found.add(Finding.on("network", "ConsistentGraph.otherNetwork"));
        }
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
