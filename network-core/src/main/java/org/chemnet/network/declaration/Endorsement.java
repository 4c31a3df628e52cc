package org.chemnet.network.declaration;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.DateRange;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.validation.Chronological;

/**
 * An organization's endorsement of a declaration, from the day it endorsed to the day it withdrew, if it did.
 *
 * @param organization the endorsing organization; never null
 * @param endorsedOn the day it endorsed; never null
 * @param withdrawnOn the last day of the endorsement, if withdrawn; never null
 * @since 0.1.0
 */
@Chronological
@API(status = STABLE, since = "0.1.0")
public record Endorsement(OrganizationId organization, LocalDate endorsedOn, Optional<LocalDate> withdrawnOn)
        implements DateRange {
    /**
     * Creates an endorsement.
     *
     * @throws NullPointerException if a component is null
     */
    public Endorsement {
        requireNonNull(organization, "organization");
        requireNonNull(endorsedOn, "endorsedOn");
        requireNonNull(withdrawnOn, "withdrawnOn");
    }

    /**
     * An endorsement that stands.
     *
     * @param organization the endorsing organization
     * @param endorsedOn the day it endorsed
     * @return the endorsement; never null
     */
    public static Endorsement of(OrganizationId organization, LocalDate endorsedOn) {
        return new Endorsement(organization, endorsedOn, Optional.empty());
    }

    @Override
    public LocalDate start() {
        return endorsedOn;
    }

    @Override
    public Optional<LocalDate> end() {
        return withdrawnOn;
    }
}
