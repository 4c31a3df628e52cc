package org.chemnet.network.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when a JSON document cannot be read as a network: bytes that are not JSON, limits passed, or records that
 * break the format's rules. It carries every problem found, each with its JSON Pointer, line, column and rule.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public class NetworkCodecException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** The problems; an unmodifiable list of records. */
    @SuppressWarnings("serial") // List.copyOf gives a serializable list of serializable records
    private final List<CodecProblem> problems;

    private final long count;

    /**
     * Creates the exception.
     *
     * @param problems the problems; at least one
     * @throws IllegalArgumentException if there are none
     */
    public NetworkCodecException(List<CodecProblem> problems) {
        this(problems, problems.size());
    }

    /**
     * Creates the exception with the problems kept of more that were found.
     *
     * @param problems the problems kept; at least one
     * @param count how many were found, kept or not
     * @throws IllegalArgumentException if there are none, or fewer found than kept
     * @since 0.3.0
     */
    public NetworkCodecException(List<CodecProblem> problems, long count) {
        super(describe(problems, count));
        this.problems = List.copyOf(problems);
        this.count = count;
    }

    /**
     * How many problems were found, listed in {@link #problems()} or not (past the limit of
     * {@link JsonOptions#maxProblems()}).
     *
     * @return the count
     * @since 0.3.0
     */
    public long count() {
        return count;
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

    private static String describe(List<CodecProblem> problems, long count) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        if (count
                < problems.stream()
                        .filter(p -> !p.rule().equals("TooManyProblems"))
                        .count()) {
            throw new IllegalArgumentException("count must be at least the problems kept, but was " + count);
        }
        String shown = problems.stream().limit(20).map(CodecProblem::toString).collect(Collectors.joining("; "));
        return count + (count == 1 ? " problem: " : " problems: ") + shown + (problems.size() > 20 ? "; ..." : "");
    }
}
