package org.chemnet.network.kernel;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Thrown when a use case is given the identifier of something that is not stored: a network, an organization, a
 * membership, an event.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public class NotFoundException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** What was looked for, such as "organization". */
    private final String kind;

    /** The identifier given. */
    private final String id;

    /**
     * Creates the exception.
     *
     * @param kind what was looked for, such as "organization"
     * @param id the identifier given
     */
    public NotFoundException(String kind, Object id) {
        super("no " + kind + " with id '" + id + "' is stored");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /**
     * What was looked for.
     *
     * @return the kind, such as "organization"; never null
     */
    public String kind() {
        return kind;
    }

    /**
     * The identifier given.
     *
     * @return the identifier; never null
     */
    public String id() {
        return id;
    }
}
