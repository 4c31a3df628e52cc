package org.chemnet.network.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chemnet.network.NetworkGraph;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.ConsistentGraph;

/** Checks {@link ConsistentGraph}. */
public final class ConsistentGraphValidator implements ConstraintValidator<ConsistentGraph, NetworkGraph> {
    private static final String UNKNOWN_ORGANIZATION = "ConsistentGraph.unknownOrganization";
    private static final String UNKNOWN_PERSON = "ConsistentGraph.unknownPerson";
    private static final String DUPLICATE_ID = "ConsistentGraph.duplicateId";

    @Override
    public boolean isValid(NetworkGraph graph, ConstraintValidatorContext context) {
        if (graph == null) {
            return true;
        }
        Violations violations = new Violations(context);
        Set<OrganizationId> organizations = ids(graph.organizations(), Organization::id, "organizations", violations);
        Set<PersonId> persons = ids(graph.persons(), Person::id, "persons", violations);
        ids(graph.memberships(), Membership::id, "memberships", violations);
        ids(graph.board().seats(), BoardSeat::id, "board.seats", violations);
        ids(graph.activities(), Activity::id, "activities", violations);
        ids(graph.events(), Event::id, "events", violations);
        Map<EventId, Event> events =
                graph.events().stream().collect(Collectors.toMap(Event::id, Function.identity(), (a, b) -> a));
        ids(graph.declarations(), Declaration::id, "declarations", violations);
        ids(graph.subscriptions(), s -> s.id(), "subscriptions", violations);

        checkMemberships(graph, organizations, persons, violations);
        checkBoard(graph, organizations, persons, violations);
        graph.secretariat().ifPresent(s -> {
            if (!organizations.contains(s.host())) {
                violations.on("secretariat.host", UNKNOWN_ORGANIZATION);
            }
        });
        for (int i = 0; i < graph.partners().size(); i++) {
            if (!organizations.contains(graph.partners().get(i).organization())) {
                violations.on("partners", i, "organization", UNKNOWN_ORGANIZATION);
            }
        }
        checkActivities(graph, organizations, violations);
        for (int i = 0; i < graph.events().size(); i++) {
            Event event = graph.events().get(i);
            elements("events", i, "organizers", event.organizers(), organizations, violations);
            elements("events", i, "coOrganizers", event.coOrganizers(), organizations, violations);
        }
        checkDeclarations(graph, organizations, events, violations);
        checkSubscriptions(graph, organizations, persons, violations);
        return violations.valid();
    }

    private static void checkMemberships(
            NetworkGraph graph, Set<OrganizationId> organizations, Set<PersonId> persons, Violations violations) {
        List<Membership> memberships = graph.memberships();
        for (int i = 0; i < memberships.size(); i++) {
            Membership membership = memberships.get(i);
            if (!membership.network().equals(graph.network().id())) {
                violations.on("memberships", i, "network", "ConsistentGraph.otherNetwork");
            }
            if (!organizations.contains(membership.organization())) {
                violations.on("memberships", i, "organization", UNKNOWN_ORGANIZATION);
            }
            if (membership.contact().filter(p -> !persons.contains(p)).isPresent()) {
                violations.on("memberships", i, "contact", UNKNOWN_PERSON);
            }
        }
        checkOverlaps(memberships, violations);
    }

    /** An organization's memberships in one role must follow each other: each ends before the next begins. */
    private static void checkOverlaps(List<Membership> memberships, Violations violations) {
        Map<String, List<Integer>> byOrganizationAndRole = new HashMap<>();
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            if (m.history().isEmpty()) {
                continue;
            }
            byOrganizationAndRole
                    .computeIfAbsent(m.organization().value() + '\u0000' + m.role(), k -> new ArrayList<>())
                    .add(i);
        }
        for (List<Integer> indexes : byOrganizationAndRole.values()) {
            indexes.sort(Comparator.comparing((Integer i) -> memberships.get(i).since())
                    .thenComparing(Comparator.naturalOrder()));
            for (int k = 1; k < indexes.size(); k++) {
                Membership earlier = memberships.get(indexes.get(k - 1));
                Membership later = memberships.get(indexes.get(k));
                Optional<java.time.LocalDate> ended = earlier.endedOn();
                if (ended.isEmpty() || ended.get().isAfter(later.since())) {
                    violations.on("memberships", indexes.get(k), "history", "ConsistentGraph.overlappingMembership");
                }
            }
        }
    }

    private static void checkBoard(
            NetworkGraph graph, Set<OrganizationId> organizations, Set<PersonId> persons, Violations violations) {
        List<BoardSeat> seats = graph.board().seats();
        for (int i = 0; i < seats.size(); i++) {
            if (!organizations.contains(seats.get(i).organization())) {
                violations.on("board.seats", i, "organization", UNKNOWN_ORGANIZATION);
            }
            if (seats.get(i).representative().filter(p -> !persons.contains(p)).isPresent()) {
                violations.on("board.seats", i, "representative", UNKNOWN_PERSON);
            }
        }
    }

    private static void checkActivities(NetworkGraph graph, Set<OrganizationId> organizations, Violations violations) {
        for (int i = 0; i < graph.activities().size(); i++) {
            if (graph.activities().get(i) instanceof WorkingGroup group) {
                elements("activities", i, "members", group.members(), organizations, violations);
            }
        }
    }

    private static void checkDeclarations(
            NetworkGraph graph, Set<OrganizationId> organizations, Map<EventId, Event> events, Violations violations) {
        for (int i = 0; i < graph.declarations().size(); i++) {
            Declaration declaration = graph.declarations().get(i);
            Event event = events.get(declaration.adoptedAt());
            if (event == null) {
                violations.on("declarations", i, "adoptedAt", "ConsistentGraph.unknownEvent");
            } else if (!event.dates().covers(declaration.adoptedOn())) {
                violations.on("declarations", i, "adoptedOn", "ConsistentGraph.adoptedOutsideEvent");
            }
            List<OrganizationId> endorsers = declaration.endorsements().stream()
                    .map(e -> e.organization())
                    .toList();
            elements("declarations", i, "endorsements", endorsers, organizations, violations);
        }
    }

    private static void checkSubscriptions(
            NetworkGraph graph, Set<OrganizationId> organizations, Set<PersonId> persons, Violations violations) {
        Set<ActivityId> newsletters = graph.activities().stream()
                .filter(a -> a instanceof Newsletter)
                .map(Activity::id)
                .collect(Collectors.toSet());
        for (int i = 0; i < graph.subscriptions().size(); i++) {
            var subscription = graph.subscriptions().get(i);
            if (!newsletters.contains(subscription.newsletter())) {
                violations.on("subscriptions", i, "newsletter", "ConsistentGraph.unknownNewsletter");
            }
            if (subscription.person().filter(p -> !persons.contains(p)).isPresent()) {
                violations.on("subscriptions", i, "person", UNKNOWN_PERSON);
            }
            if (subscription
                    .organization()
                    .filter(o -> !organizations.contains(o))
                    .isPresent()) {
                violations.on("subscriptions", i, "organization", UNKNOWN_ORGANIZATION);
            }
        }
    }

    private static void elements(
            String list,
            int index,
            String inner,
            List<OrganizationId> referenced,
            Set<OrganizationId> organizations,
            Violations violations) {
        for (int j = 0; j < referenced.size(); j++) {
            if (!organizations.contains(referenced.get(j))) {
                violations.onElement(list, index, inner, j, UNKNOWN_ORGANIZATION);
            }
        }
    }

    private static <T, I> Set<I> ids(List<T> items, Function<T, I> id, String list, Violations violations) {
        Set<I> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(id.apply(items.get(i)))) {
                violations.on(list, i, "id", DUPLICATE_ID);
            }
        }
        return seen;
    }
}
