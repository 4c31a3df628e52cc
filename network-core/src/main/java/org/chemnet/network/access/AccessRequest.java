package org.chemnet.network.access;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;

/**
 * What an {@link AccessPolicy} is asked: may this actor take this action on this target?
 *
 * @param actor who acts; never null
 * @param action what they do; never null
 * @param target the record the action is about; never null
 * @param network the network the target belongs to, where it belongs to one (a membership, a seat, an activity); empty
 *     for organizations and persons, which networks share
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public record AccessRequest(Actor actor, Action action, EntityRef target, Optional<NetworkId> network) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AccessRequest {
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(target, "target");
        requireNonNull(network, "network");
    }
}
