package org.chemnet.network.affiliation;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.Period;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.PlainText;

/**
 * A person's affiliation with an organization over a period, in one role: W3C ORG's {@code org:Membership} of an
 * agent in an organization with {@code org:role} and {@code org:memberDuring}; Popolo's {@code Membership} with
 * {@code person_id}, {@code organization_id}, {@code role}, {@code start_date} and {@code end_date}.
 *
 * @param id the identifier; never null
 * @param person the person; never null
 * @param organization the organization; never null
 * @param role the role; never null
 * @param period the days of the affiliation, both inclusive; never null
 * @param title the person's title in the organization, such as "Director General", if given; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Affiliation(
        AffiliationId id,
        PersonId person,
        OrganizationId organization,
        AffiliationRole role,
        @Valid Period period,
        Optional<@PlainText(max = 200) String> title) {
    /**
     * Creates an affiliation.
     *
     * @throws NullPointerException if a component is null
     */
    public Affiliation {
        requireNonNull(id, "id");
        requireNonNull(person, "person");
        requireNonNull(organization, "organization");
        requireNonNull(role, "role");
        requireNonNull(period, "period");
        requireNonNull(title, "title");
    }

    /**
     * This affiliation ended on a day.
     *
     * @param lastDay the last day
     * @return a new affiliation; never null
     */
    public Affiliation endingOn(LocalDate lastDay) {
        return new Affiliation(id, person, organization, role, period.endingOn(lastDay), title);
    }
}
