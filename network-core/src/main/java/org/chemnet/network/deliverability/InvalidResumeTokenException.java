package org.chemnet.network.deliverability;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when the link of a reminder carries a token that this runtime did not sign, or whose time ran out. Nothing is
 * changed.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public final class InvalidResumeTokenException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception. The token itself is not repeated, so that logs do not collect them.
     *
     * @param expired true if the token was genuine but too old
     */
    public InvalidResumeTokenException(boolean expired) {
        super(
                expired
                        ? "the link has expired: ask the sender for a new one"
                        : "the link is not valid: it was changed, cut short, or signed with another secret");
    }
}
