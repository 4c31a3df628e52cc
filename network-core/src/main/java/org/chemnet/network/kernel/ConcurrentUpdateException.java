package org.chemnet.network.kernel;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Thrown when two hosts change the same record at once and this one lost: the record was changed since it was read.
 * Nothing of the losing use case is stored; read the record again and decide again.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public class ConcurrentUpdateException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param kind the kind of record, such as "membership"
     * @param id its identifier
     * @param expectedVersion the version this use case read
     */
    public ConcurrentUpdateException(String kind, Object id, long expectedVersion) {
        this(kind + " '" + id + "' was changed by someone else since it was read (at version " + expectedVersion
                + "); nothing was stored: read it again and retry");
    }

    /**
     * Creates the exception with a message of its own, for a race that is not about one record's version.
     *
     * @param message what happened at the same time, and what to do
     */
    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
