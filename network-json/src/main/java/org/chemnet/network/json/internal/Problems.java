package org.chemnet.network.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.json.CodecProblem;

/**
 * The problems of one reading: the first ones kept, up to a limit, and all of them counted, so that no document can
 * exhaust memory through its problems. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Problems {
    private final int max;
    private final List<CodecProblem> kept = new ArrayList<>();
    private long count;
    private boolean broken;

    /**
     * Starts a list.
     *
     * @param max how many problems are kept
     */
    public Problems(int max) {
        this.max = max;
    }

    /** Adds a problem: kept if there is room, counted in any case. */
    public void add(CodecProblem problem) {
        count++;
        if (kept.size() < max) {
            kept.add(problem);
        }
    }

    /** Marks the document as broken: not JSON, or past a limit, so that reading stopped there. */
    void broke() {
        broken = true;
    }

    boolean broken() {
        return broken;
    }

    /** The problems kept, and past the limit one more that counts those left out. */
    public List<CodecProblem> kept() {
        if (count <= max) {
            return kept;
        }
        List<CodecProblem> all = new ArrayList<>(kept);
        all.add(new CodecProblem(
                "",
                0,
                0,
                "TooManyProblems",
                "and " + (count - max) + " more problems, not listed (at most " + max + " are)"));
        return all;
    }

    /** How many problems were added. */
    public long count() {
        return count;
    }
}
