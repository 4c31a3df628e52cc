package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;

/**
 * Who applies to take part in a network: an organization, or a person (which networks of organizations refuse, with
 * a clear reason, rather than never hear of).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface Applicant {
    /**
     * An organization applies.
     *
     * @param id the organization
     * @return the applicant; never null
     */
    static Applicant organization(OrganizationId id) {
        return new OrganizationApplicant(id);
    }

    /**
     * A person applies.
     *
     * @param id the person
     * @return the applicant; never null
     */
    static Applicant person(PersonId id) {
        return new PersonApplicant(id);
    }

    /**
     * An organization applying.
     *
     * @param id the organization
     */
    record OrganizationApplicant(OrganizationId id) implements Applicant {
        /** Checks the component. */
        public OrganizationApplicant {
            requireNonNull(id, "id");
        }
    }

    /**
     * A person applying.
     *
     * @param id the person
     */
    record PersonApplicant(PersonId id) implements Applicant {
        /** Checks the component. */
        public PersonApplicant {
            requireNonNull(id, "id");
        }
    }
}
