package org.chemnet.network.access;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A record named by its kind and identifier: the target of an action, the aggregate a change is about.
 *
 * @param kind what kind of record; never null
 * @param id its identifier, 1 to 300 characters (a partner, for instance, is named by network and organization)
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public record EntityRef(EntityKind kind, String id) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the id is empty or longer than 300 characters
     */
    public EntityRef {
        requireNonNull(kind, "kind");
        requireNonNull(id, "id");
        if (id.isEmpty() || id.length() > 300) {
            throw new IllegalArgumentException("entity id must have 1 to 300 characters, but had " + id.length());
        }
    }

    /**
     * A record of a kind.
     *
     * @param kind what kind of record
     * @param id its identifier, such as a {@code MembershipId}; its text is taken
     * @return the reference; never null
     */
    public static EntityRef of(EntityKind kind, Object id) {
        return new EntityRef(kind, String.valueOf(requireNonNull(id, "id")));
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
