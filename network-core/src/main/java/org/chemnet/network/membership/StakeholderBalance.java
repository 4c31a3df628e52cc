package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.StakeholderCommunity;

/**
 * The balance of a network's participants on a day, as a multi-stakeholder network such as the ICCSS publishes it:
 * how many organizations took part, and how they divide by stakeholder community, legal type, country and enterprise
 * size. Each organization counts once, however many memberships it holds.
 *
 * @param network the network; never null
 * @param day the day; never null
 * @param participants how many organizations took part that day
 * @param communities by stakeholder community; never null
 * @param types by legal type (every organization has one); never null
 * @param countries by ISO 3166-1 country code, in order of the codes; never null
 * @param sizes by enterprise size (organizations that are not enterprises, or whose size is not recorded, are
 *     unknown); never null
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public record StakeholderBalance(
        NetworkId network,
        LocalDate day,
        long participants,
        Tally<StakeholderCommunity> communities,
        Tally<OrganizationType> types,
        Tally<String> countries,
        Tally<EnterpriseSize> sizes) {
    /**
     * Creates a balance.
     *
     * @throws NullPointerException if a component is null
     */
    public StakeholderBalance {
        requireNonNull(network, "network");
        requireNonNull(day, "day");
        requireNonNull(communities, "communities");
        requireNonNull(types, "types");
        requireNonNull(countries, "countries");
        requireNonNull(sizes, "sizes");
    }
}
