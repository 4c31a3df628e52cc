package org.chemnet.network.archviolation;

import java.sql.Connection;

/**
 * Breaks the architecture on purpose: a class in the core's namespace that uses JDBC. {@code ArchitectureTest} shows
 * that the rules catch it.
 */
public final class UsesJdbc {
    private UsesJdbc() {}

    /** Uses a JDBC type. */
    static String describe(Connection connection) {
        return connection.toString();
    }
}
