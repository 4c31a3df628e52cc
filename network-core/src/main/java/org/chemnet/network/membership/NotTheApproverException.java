package org.chemnet.network.membership;

import org.chemnet.network.NetworkException;
import org.chemnet.network.NetworkId;

/**
 * Thrown when someone other than the approver a network's policy names decides on an application.
 *
 * @since 0.1.0
 */
public final class NotTheApproverException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param network the network
     * @param expected the approver the policy names
     * @param actingAs who tried to decide
     */
    public NotTheApproverException(NetworkId network, Approver expected, Approver actingAs) {
        super("applications to network " + network + " are decided by the " + expected + ", not by the " + actingAs);
    }
}
