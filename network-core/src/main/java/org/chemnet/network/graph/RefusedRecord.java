package org.chemnet.network.graph;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.validation.Violation;

/**
 * A record of an import that was refused, and why.
 *
 * @param index its index in the chunk it came in
 * @param violations what it breaks, with paths within the record; never empty
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public record RefusedRecord(int index, List<Violation> violations) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the index is negative or there is no violation
     */
    public RefusedRecord {
        violations = List.copyOf(violations);
        if (index < 0 || violations.isEmpty()) {
            throw new IllegalArgumentException("a refused record has an index and at least one violation");
        }
    }
}
