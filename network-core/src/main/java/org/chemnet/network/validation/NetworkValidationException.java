package org.chemnet.network.validation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when a value breaks the rules of the domain. It carries every violation found, not only the first.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public class NetworkValidationException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** The violations; an unmodifiable list of records. */
    @SuppressWarnings("serial") // List.copyOf gives a serializable list of serializable records
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations the violations; at least one
     * @throws IllegalArgumentException if violations is empty
     */
    public NetworkValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Every violation found.
     *
     * @return the violations, in path order; never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations must not be empty");
        }
        String noun = violations.size() == 1 ? " violation: " : " violations: ";
        return violations.size()
                + noun
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
