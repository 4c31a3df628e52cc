package org.chemnet.network.access;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;
import org.jspecify.annotations.Nullable;

/**
 * The {@link AccessPolicy} denied an action: nothing was stored and no change event was raised.
 *
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public final class AccessDeniedException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** Who was denied; null only in a copy deserialized from elsewhere, which keeps the message only. */
    private final transient @Nullable Actor actor;

    /** What was asked, if the policy denied it; null as {@link #actor}. */
    private final transient @Nullable AccessRequest request;

    /**
     * Creates the exception for what the policy denied.
     *
     * @param request what the policy denied
     */
    public AccessDeniedException(AccessRequest request) {
        super(requireNonNull(request, "request").actor() + " may not " + request.action() + " " + request.target()
                + request.network().map(n -> " of network " + n.value()).orElse(""));
        this.actor = request.actor();
        this.request = request;
    }

    /**
     * Creates the exception for an actor who may do nothing at all: a board member who sits on no seat of the board
     * today.
     *
     * @param actor the actor
     * @param why why, completing a sentence that starts with the actor
     */
    public AccessDeniedException(Actor actor, String why) {
        super(requireNonNull(actor, "actor") + " " + requireNonNull(why, "why"));
        this.actor = actor;
        this.request = null;
    }

    /**
     * Who was denied.
     *
     * @return the actor; empty only in a copy deserialized from elsewhere, which keeps the message only
     */
    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }

    /**
     * What the policy denied.
     *
     * @return the request; empty if the actor was denied before the policy was asked, or in a deserialized copy
     */
    public Optional<AccessRequest> request() {
        return Optional.ofNullable(request);
    }
}
