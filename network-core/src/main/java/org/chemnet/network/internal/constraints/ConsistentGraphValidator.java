package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.internal.graph.Finding;
import org.chemnet.network.internal.graph.GraphRules;
import org.chemnet.network.validation.ConsistentGraph;

/**
 * Checks {@link ConsistentGraph}: feeds the graph's records, section by section, through the {@link GraphRules} that
 * streaming imports apply too, and reports each finding on the record's path.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ConsistentGraphValidator implements ConstraintValidator<ConsistentGraph, NetworkGraph> {
    @Override
    public boolean isValid(NetworkGraph graph, ConstraintValidatorContext context) {
        if (graph == null) {
            return true;
        }
        Violations violations = new Violations(context);
        GraphRules rules = new GraphRules(graph.network().id());
        section("organizations", graph.organizations(), rules::organization, violations);
        section("persons", graph.persons(), rules::person, violations);
        section("memberships", graph.memberships(), rules::membership, violations);
        section("board.seats", rules.board(graph.board().seats()), seat -> seat, violations);
        graph.secretariat().ifPresent(s -> rules.secretariat(s)
                .forEach(f -> violations.on("secretariat." + f.property(), f.key())));
        section("partners", graph.partners(), rules::partner, violations);
        section("activities", graph.activities(), rules::activity, violations);
        section("events", graph.events(), rules::event, violations);
        section("declarations", graph.declarations(), rules::declaration, violations);
        section("subscriptions", graph.subscriptions(), rules::subscription, violations);
        section("affiliations", graph.affiliations(), rules::affiliation, violations);
        section("eventSeries", graph.eventSeries(), rules::eventSeries, violations);
        section("registrationRules", graph.registrationRules(), rules::registrationRules, violations);
        section("registrations", graph.registrations(), rules::registration, violations);
        section("motions", graph.motions(), rules::motion, violations);
        section("votes", graph.votes(), rules::vote, violations);
        return violations.valid();
    }

    private static <T> void section(
            String list, List<T> records, Function<T, List<Finding>> rule, Violations violations) {
        for (int i = 0; i < records.size(); i++) {
            for (Finding f : rule.apply(records.get(i))) {
                if (f.element() < 0) {
                    violations.on(list, i, f.property(), f.key());
                } else {
                    violations.onElement(list, i, f.property(), f.element(), f.key());
                }
            }
        }
    }
}
