package org.chemnet.network.newsletter;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when an unsubscribe link carries a token that this runtime did not sign: tampered, truncated, or signed
 * with another secret. Nothing is changed.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class InvalidUnsubscribeTokenException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. The token itself is not repeated, so that logs do not collect them. */
    public InvalidUnsubscribeTokenException() {
        super("the unsubscribe token is not valid: it was changed, cut short, or signed with another secret");
    }
}
