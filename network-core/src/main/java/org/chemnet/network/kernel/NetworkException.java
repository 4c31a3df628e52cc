package org.chemnet.network.kernel;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The root of every exception the chemnet network library throws on purpose.
 *
 * <p>Callers who want to handle any failure of the library catch this one type. Subtypes stand next to
 * their concern: validation, storage, codec, delivery. Misuse of an argument (a {@code null} where none is
 * allowed, say) is reported with the JDK's own exceptions instead.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public class NetworkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, for a person to read; never null
     */
    public NetworkException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the cause it wraps.
     *
     * @param message what went wrong, for a person to read; never null
     * @param cause the underlying failure
     */
    public NetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
