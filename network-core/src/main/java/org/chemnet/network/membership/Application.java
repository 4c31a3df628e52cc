package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;

/**
 * A request to take part in a network.
 *
 * @param network the network applied to; never null
 * @param applicant who applies; never null
 * @param role the capacity applied for; never null
 * @param agreesToRequiredAgreement true if the applicant agrees to what the network's policy requires, such as its
 *     purpose
 * @param contact the person to write to about the application; never null
 * @param date the day of the application; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Application(
        NetworkId network,
        Applicant applicant,
        MembershipRole role,
        boolean agreesToRequiredAgreement,
        Optional<PersonId> contact,
        LocalDate date) {
    /**
     * Creates an application.
     *
     * @throws NullPointerException if a component is null
     */
    public Application {
        requireNonNull(network, "network");
        requireNonNull(applicant, "applicant");
        requireNonNull(role, "role");
        requireNonNull(contact, "contact");
        requireNonNull(date, "date");
    }

    /**
     * An organization's application to participate, agreeing to the network's purpose.
     *
     * @param network the network
     * @param organization the applicant
     * @param contact the person to write to
     * @param date the day of the application
     * @return the application; never null
     */
    public static Application of(
            NetworkId network, OrganizationId organization, Optional<PersonId> contact, LocalDate date) {
        return new Application(
                network, Applicant.organization(organization), MembershipRole.PARTICIPANT, true, contact, date);
    }
}
