package org.chemnet.network.membership;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when a partnership cannot be allied or ended as asked: the organization is a partner already, is not one,
 * or its partnership has ended already. The message names the organization, the network and the period stored.
 *
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public final class PartnershipRefusedException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused and why
     */
    public PartnershipRefusedException(String message) {
        super(message);
    }
}
