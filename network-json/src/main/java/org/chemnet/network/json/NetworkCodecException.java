package org.chemnet.network.json;

import java.util.List;
import java.util.stream.Collectors;
import org.chemnet.network.NetworkException;

/**
 * Thrown when a JSON document cannot be read as a network: bytes that are not JSON, limits passed, or records that
 * break the format's rules. It carries every problem found, each with its JSON Pointer, line, column and rule.
 *
 * @since 0.1.0
 */
public class NetworkCodecException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** The problems; an unmodifiable list of records. */
    @SuppressWarnings("serial") // List.copyOf gives a serializable list of serializable records
    private final List<CodecProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems; at least one
     * @throws IllegalArgumentException if there are none
     */
    public NetworkCodecException(List<CodecProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, in document order; never empty
     */
    public List<CodecProblem> problems() {
        return problems;
    }

    /**
     * The JSON Pointer of the first problem.
     *
     * @return the pointer; never null
     */
    public String pointer() {
        return problems.get(0).pointer();
    }

    private static String describe(List<CodecProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        String shown = problems.stream().limit(20).map(CodecProblem::toString).collect(Collectors.joining("; "));
        return problems.size()
                + (problems.size() == 1 ? " problem: " : " problems: ")
                + shown
                + (problems.size() > 20 ? "; ..." : "");
    }
}
