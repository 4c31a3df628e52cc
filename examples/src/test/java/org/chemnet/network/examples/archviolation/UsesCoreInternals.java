package org.chemnet.network.examples.archviolation;

import org.chemnet.network.internal.Checks;

/**
 * Breaks the architecture on purpose: a class of another module that reaches into the core's internal package.
 * {@code ArchitectureTest} shows that the rules catch it.
 */
public final class UsesCoreInternals {
    private UsesCoreInternals() {}

    /** Uses an internal helper. */
    static String check(String id) {
        return Checks.id(id, "id");
    }
}
