package org.chemnet.network.membership;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.access.Actor;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;

/**
 * Thrown when someone other than the approver a network's policy names decides on an application.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class NotTheApproverException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param network the network
     * @param expected the approver the policy names
     * @param actor who tried to decide
     * @param why why the actor does not decide for it
     * @since 0.4.0
     */
    public NotTheApproverException(NetworkId network, Approver expected, Actor actor, String why) {
        super("applications to network " + network + " are decided by the " + expected + ", and " + actor + " " + why);
    }
}
