package org.chemnet.network.benchmarks;

import jakarta.validation.Validator;
import java.util.List;
import org.chemnet.network.graph.NetworkGraph;

/**
 * The baseline of the validation benchmarks: Bean Validation called by hand on every record of a network, one
 * record at a time, as a user with only Hibernate Validator would. The records' own constraints are checked; what
 * the graph adds (its cascade, and {@code @ConsistentGraph}'s check that every reference resolves) is not.
 */
final class RecordByRecord {
    private RecordByRecord() {}

    /**
     * Validates every record of a network.
     *
     * @return how many violations were found
     */
    static int validate(Validator validator, NetworkGraph graph) {
        int violations = validator.validate(graph.network()).size()
                + validator.validate(graph.board()).size();
        List<? extends List<?>> sections = List.of(
                graph.organizations(),
                graph.persons(),
                graph.memberships(),
                graph.partners(),
                graph.activities(),
                graph.events(),
                graph.declarations(),
                graph.subscriptions());
        for (List<?> section : sections) {
            for (Object record : section) {
                violations += validator.validate(record).size();
            }
        }
        if (graph.secretariat().isPresent()) {
            violations += validator.validate(graph.secretariat().get()).size();
        }
        return violations;
    }
}
