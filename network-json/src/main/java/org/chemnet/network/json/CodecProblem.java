package org.chemnet.network.json;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One problem in a JSON document: where (a JSON Pointer, RFC 6901, and the line and column), which rule, and what is
 * wrong.
 *
 * @param pointer the JSON Pointer of the value at fault, such as {@code /organizations/41/country}; {@code ""} for the
 *     whole document; never null
 * @param line the line of the value or of its record, from 1; 0 where unknown
 * @param column the column, from 1; 0 where unknown
 * @param rule the rule broken, such as {@code CountryCode}, {@code UnknownProperty} or {@code Syntax}; never null
 * @param message what is wrong; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record CodecProblem(String pointer, int line, int column, String rule, String message) {
    /**
     * Creates a problem.
     *
     * @throws NullPointerException if a component is null
     */
    public CodecProblem {
        requireNonNull(pointer, "pointer");
        requireNonNull(rule, "rule");
        requireNonNull(message, "message");
    }

    /**
     * The problem as one line: {@code pointer (line:column): message [rule]}.
     *
     * @return the line; never null
     */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + (line > 0 ? " (" + line + ":" + column + ")" : "") + ": " + message
                + " [" + rule + "]";
    }
}
