package org.chemnet.network.governance;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.organization.OrganizationId;

/**
 * The unit that runs a network's operations and logistics, hosted by an organization, such as the secretariat
 * office at OECC.
 *
 * @param name the secretariat's name; never null
 * @param host the organization that hosts it; never null
 * @param responsibilities what it does, such as "registers participants"; never null
 * @param period since when (and until when) the host holds it, where known; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Secretariat(
        @Valid LocalizedText name,
        OrganizationId host,
        List<@Valid LocalizedText> responsibilities,
        Optional<@Valid Period> period) {
    /**
     * Creates a secretariat.
     *
     * @throws NullPointerException if a component is null or the responsibilities hold null
     */
    public Secretariat {
        requireNonNull(name, "name");
        requireNonNull(host, "host");
        responsibilities = List.copyOf(responsibilities);
        requireNonNull(period, "period");
    }
}
