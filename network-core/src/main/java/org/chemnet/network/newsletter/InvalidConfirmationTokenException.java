package org.chemnet.network.newsletter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when a confirmation link carries a token that this runtime did not sign, whose time ran out, or whose
 * pending subscription is gone (expired and deleted). Nothing is changed.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public final class InvalidConfirmationTokenException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception. The token itself is not repeated, so that logs do not collect them.
     *
     * @param expired true if the token was genuine but too old, or its pending subscription is gone
     */
    public InvalidConfirmationTokenException(boolean expired) {
        super(
                expired
                        ? "the confirmation link has expired: sign up again for a new one"
                        : "the confirmation link is not valid: it was changed, cut short, or signed with another secret");
    }
}
