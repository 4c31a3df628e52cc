package org.chemnet.network.access;

import static java.util.Objects.requireNonNull;

import org.chemnet.network.kernel.NetworkException;

/**
 * The {@link AccessPolicy} denied an action: nothing was stored and no change event was raised.
 *
 * @since 0.4.0
 */
public final class AccessDeniedException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** What was asked. */
    private final transient AccessRequest request;

    /**
     * Creates the exception.
     *
     * @param request what the policy denied
     */
    public AccessDeniedException(AccessRequest request) {
        super(requireNonNull(request, "request").actor() + " may not " + request.action() + " " + request.target()
                + request.network().map(n -> " of network " + n.value()).orElse(""));
        this.request = request;
    }

    /**
     * What the policy denied.
     *
     * @return the request; never null
     */
    public AccessRequest request() {
        return request;
    }
}
