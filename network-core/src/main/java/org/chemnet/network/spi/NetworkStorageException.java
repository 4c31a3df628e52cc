package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when a store fails: the database refused a statement, the connection broke. No checked vendor exception
 * crosses the store port; this one wraps it and keeps the SQLState where there is one.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public class NetworkStorageException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** The SQLState of the database error, or null where the failure was not SQL. */
    @SuppressWarnings("serial") // a String is serializable
    private final String sqlState;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param sqlState the SQLState, or null
     * @param cause the underlying failure
     */
    public NetworkStorageException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /**
     * The SQLState of the database error, such as {@code 23505} for a unique violation.
     *
     * @return the SQLState, or empty where the failure was not SQL; never null
     */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }
}
