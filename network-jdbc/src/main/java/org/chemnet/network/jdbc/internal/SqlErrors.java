package org.chemnet.network.jdbc.internal;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.chemnet.network.spi.NetworkStorageException;
import org.jdbi.v3.core.JdbiException;

/** Turns JDBI and JDBC failures into the library's storage exception, keeping the SQLState. Not part of the API. */
public final class SqlErrors {
    /** The SQLState of a unique or primary key violation, on H2 and PostgreSQL alike. */
    public static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {}

    /** The first SQLException in a chain of causes. */
    public static Optional<SQLException> sqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /** Tells whether a failure is a unique violation of a named constraint or column. */
    public static boolean isUniqueViolation(Throwable failure, String constraintOrColumn) {
        return sqlException(failure)
                .filter(e -> UNIQUE_VIOLATION.equals(e.getSQLState()))
                .filter(e -> String.valueOf(e.getMessage())
                        .toLowerCase(Locale.ROOT)
                        .contains(constraintOrColumn.toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    /** A storage exception for a JDBI failure: what was being done, the database's words and its SQLState. */
    public static NetworkStorageException translate(String doing, JdbiException failure) {
        Optional<SQLException> sql = sqlException(failure);
        String state = sql.map(SQLException::getSQLState).orElse(null);
        String detail = sql.map(SQLException::getMessage).orElse(failure.getMessage());
        return new NetworkStorageException(
                doing + " failed" + (state == null ? "" : " (SQLState " + state + ")") + ": " + detail, state, failure);
    }
}
