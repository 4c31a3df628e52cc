package org.chemnet.network.jdbc.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.spi.NetworkStorageException;
import org.jdbi.v3.core.JdbiException;

/** Turns JDBI and JDBC failures into the library's storage exception, keeping the SQLState. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
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

    /** Tells whether a failure is a unique or primary key violation, of whichever constraint. */
    public static boolean isUniqueViolation(Throwable failure) {
        return sqlException(failure)
                .filter(e -> UNIQUE_VIOLATION.equals(state(e)))
                .isPresent();
    }

    /**
     * The database's own words for a failure: for a batch, the error of the statement that failed (PostgreSQL keeps
     * it as the next exception, with the key that was duplicated), else the first SQLException's message.
     */
    public static String detail(Throwable failure) {
        Optional<SQLException> sql = sqlException(failure);
        if (sql.isEmpty()) {
            return String.valueOf(failure.getMessage());
        }
        SQLException next = sql.get().getNextException();
        return String.valueOf((next != null ? next : sql.get()).getMessage());
    }

    /** Tells whether a failure is a unique violation of a named constraint or column. */
    public static boolean isUniqueViolation(Throwable failure, String constraintOrColumn) {
        return sqlException(failure)
                .filter(e -> UNIQUE_VIOLATION.equals(state(e)))
                .filter(e -> (e.getMessage() + " " + detail(e))
                        .toLowerCase(Locale.ROOT)
                        .contains(constraintOrColumn.toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    /**
     * The SQLState of a failure: of its first SQLException, or, where a batch's exception has none, of the statement in
     * it that failed.
     */
    public static Optional<String> sqlState(Throwable failure) {
        return sqlException(failure).map(SqlErrors::state);
    }

    private static String state(SQLException e) {
        if (e.getSQLState() == null && e.getNextException() != null) {
            return e.getNextException().getSQLState();
        }
        return e.getSQLState();
    }

    /**
     * The SQLStates of a transaction that lost to another one, waiting for a lock: a serialization failure or deadlock
     * (40001, both databases), a PostgreSQL deadlock (40P01) or lock not available (55P03), an H2 lock timeout (HYT00)
     * or concurrent update (90131: another transaction holds an uncommitted row with the same key).
     * Nothing was stored, and the same work run again may well succeed.
     */
    private static final java.util.Set<String> LOST_TO_ANOTHER =
            java.util.Set.of("40001", "40P01", "55P03", "HYT00", "90131");

    /**
     * The library's exception for a JDBI failure: a {@link ConcurrentUpdateException} if the transaction lost to
     * another one waiting for a lock (which the use cases run again), else a storage exception with what was being
     * done, the database's words and its SQLState.
     */
    public static RuntimeException translate(String doing, JdbiException failure) {
        String state = sqlState(failure).orElse(null);
        if (state != null && LOST_TO_ANOTHER.contains(state)) {
            ConcurrentUpdateException lost = new ConcurrentUpdateException(
                    doing + " waited for a lock another transaction held, and gave up (SQLState " + state + "): "
                            + detail(failure));
            lost.initCause(failure);
            return lost;
        }
        return new NetworkStorageException(
                doing + " failed" + (state == null ? "" : " (SQLState " + state + ")") + ": " + detail(failure),
                state,
                failure);
    }
}
