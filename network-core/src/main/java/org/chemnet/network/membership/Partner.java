package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.organization.OrganizationId;

/**
 * An organization allied with a network without being a participant, such as an ICCSS partner or a co-organizer
 * bound by a memorandum of understanding.
 *
 * @param organization the partner; never null
 * @param relationship what the partnership is, such as "memorandum of understanding"; never null
 * @param period when the partnership holds, where known; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Partner(
        OrganizationId organization, Optional<@Valid LocalizedText> relationship, Optional<@Valid Period> period) {
    /**
     * Creates a partner.
     *
     * @throws NullPointerException if a component is null
     */
    public Partner {
        requireNonNull(organization, "organization");
        requireNonNull(relationship, "relationship");
        requireNonNull(period, "period");
    }
}
