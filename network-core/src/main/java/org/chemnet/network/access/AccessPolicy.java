package org.chemnet.network.access;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The host's rules of who may do what, asked by every use case that changes something or reads personal data,
 * inside its transaction and before it stores anything. A denial ends the use case with an
 * {@link AccessDeniedException}: nothing is stored and no change event is raised.
 *
 * <p>A policy answers from the request alone, quickly, and without calling the runtime back; it is called on the
 * thread of the use case, by many threads at once. The network's own rules stay with the network and hold whatever
 * the policy says: who decides on applications is its {@link org.chemnet.network.membership.MembershipPolicy}'s
 * approver, and a board member decides only while sitting on its board.
 *
 * @since 0.4.0
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.4.0")
public interface AccessPolicy {
    /**
     * Tells whether an actor may take an action.
     *
     * @param request who, what and on what
     * @return true to let the use case go on; false to deny it
     */
    boolean permits(AccessRequest request);

    /**
     * The policy a runtime uses unless the host sets another:
     *
     * <ul>
     *   <li>a {@linkplain ActorKind#SYSTEM system job} may do everything;
     *   <li>{@linkplain ActorKind#SECRETARIAT_STAFF secretariat staff} may do everything in the network they work
     *       for, change, read and erase the organizations and persons that networks share, and manage the suppression list
     *       of mail addresses, which networks share too;
     *   <li>a {@linkplain ActorKind#BOARD_MEMBER board member} may approve and reject applications, appoint seats,
     *       adopt declarations and read the audit log of their network;
     *   <li>a {@linkplain ActorKind#PERSON person} may apply (for an organization, agreeing to what the policy
     *       requires), subscribe and unsubscribe themselves, record their own consents, and change, read and erase their own data.
     * </ul>
     *
     * @return the standard policy; never null
     */
    static AccessPolicy standard() {
        return StandardAccessPolicy.INSTANCE;
    }

    /**
     * A policy that permits everything, for hosts that decide access before they call the runtime.
     *
     * @return the policy; never null
     */
    static AccessPolicy permitAll() {
        return request -> true;
    }
}
