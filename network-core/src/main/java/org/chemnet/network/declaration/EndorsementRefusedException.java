package org.chemnet.network.declaration;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when an organization endorses a declaration it already endorses, or withdraws an endorsement it does not
 * have.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class EndorsementRefusedException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused and why
     */
    public EndorsementRefusedException(String message) {
        super(message);
    }
}
