package org.chemnet.network.registration;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;

/**
 * Who registers: a person, an organization, or a person on behalf of an organization. A person registers once for
 * an occasion, and so does an organization registering without a person.
 *
 * @param organization the organization registered, or on whose behalf the person registers; never null
 * @param person the person who takes part, told of the registration by mail; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Registrant(Optional<OrganizationId> organization, Optional<PersonId> person) {
    /**
     * Creates a registrant.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if it names neither an organization nor a person
     */
    public Registrant {
        requireNonNull(organization, "organization");
        requireNonNull(person, "person");
        if (organization.isEmpty() && person.isEmpty()) {
            throw new IllegalArgumentException("a registrant is an organization, a person, or both");
        }
    }

    /**
     * A person registering for themselves.
     *
     * @param person the person
     * @return the registrant; never null
     */
    public static Registrant person(PersonId person) {
        return new Registrant(Optional.empty(), Optional.of(person));
    }

    /**
     * An organization registering, with no person named yet.
     *
     * @param organization the organization
     * @return the registrant; never null
     */
    public static Registrant organization(OrganizationId organization) {
        return new Registrant(Optional.of(organization), Optional.empty());
    }

    /**
     * A person registering on behalf of an organization.
     *
     * @param organization the organization
     * @param person the person
     * @return the registrant; never null
     */
    public static Registrant onBehalfOf(OrganizationId organization, PersonId person) {
        return new Registrant(Optional.of(organization), Optional.of(person));
    }

    /**
     * Tells whether this and another registrant are the same one for the once-per-occasion rule: the same person, or
     * the same organization where neither names a person.
     *
     * @param other the other registrant
     * @return true if they are the same
     */
    public boolean sameAs(Registrant other) {
        if (person.isPresent() || other.person.isPresent()) {
            return person.equals(other.person);
        }
        return organization.equals(other.organization);
    }
}
