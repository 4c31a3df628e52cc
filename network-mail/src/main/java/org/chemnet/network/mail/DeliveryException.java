package org.chemnet.network.mail;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when a mail cannot be built or sent as asked: a header value with line breaks or other control characters,
 * an address that is not one. The outbox records such a delivery as failed for good, with this message.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public class DeliveryException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused and why
     */
    public DeliveryException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what failed
     * @param cause the underlying failure
     */
    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
