package org.chemnet.network.validation;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One broken rule: where (the property path), which rule, and a message for a person.
 *
 * @param path the property path from the validated object, such as {@code organizations[3].country}; empty for the
 *     object itself; never null
 * @param rule the rule's name: the constraint's simple name, such as {@code CountryCode} or {@code NotBlank}; never
 *     null
 * @param message what is wrong, in the language asked for; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Violation(String path, String rule, String message) {
    /**
     * Creates a violation.
     *
     * @throws NullPointerException if a component is null
     */
    public Violation {
        requireNonNull(path, "path");
        requireNonNull(rule, "rule");
        requireNonNull(message, "message");
    }

    /**
     * The violation as one line: {@code path: message (rule)}.
     *
     * @return the line; never null
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(root)" : path) + ": " + message + " (" + rule + ")";
    }
}
