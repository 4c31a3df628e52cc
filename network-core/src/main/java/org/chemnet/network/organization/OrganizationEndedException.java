package org.chemnet.network.organization;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * A change of an organization refused because of when it ends: it ended already, or something of it (a membership's
 * status change, a seat's term) is dated after the day it would end.
 *
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public final class OrganizationEndedException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused and why, naming the organization and the day
     */
    public OrganizationEndedException(String message) {
        super(message);
    }
}
