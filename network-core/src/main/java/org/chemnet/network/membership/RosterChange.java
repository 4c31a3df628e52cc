package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;

/**
 * How a network's roster of participants changed between two days, as a network reports it: who joined, who left,
 * and who took part on both days under another name.
 *
 * @param network the network; never null
 * @param from the earlier day; never null
 * @param to the later day; never null
 * @param joined the organizations that took part on the later day and not on the earlier one, by identifier; never
 *     null
 * @param left the organizations that took part on the earlier day and not on the later one, by identifier; never
 *     null
 * @param renamed the organizations that took part on both days and whose name on the later day is not their name on
 *     the earlier one, by identifier; never null
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public record RosterChange(
        NetworkId network,
        LocalDate from,
        LocalDate to,
        List<Organization> joined,
        List<Organization> left,
        List<Renamed> renamed) {
    /**
     * Creates a roster change.
     *
     * @throws NullPointerException if a component is null or a list holds null
     */
    public RosterChange {
        requireNonNull(network, "network");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        joined = List.copyOf(joined);
        left = List.copyOf(left);
        renamed = List.copyOf(renamed);
    }

    /**
     * An organization that took part on both days under different names.
     *
     * @param organization the organization
     * @param before its name on the earlier day
     * @param after its name on the later day
     */
    public record Renamed(OrganizationId organization, LocalizedText before, LocalizedText after) {
        /** Checks the components. */
        public Renamed {
            requireNonNull(organization, "organization");
            requireNonNull(before, "before");
            requireNonNull(after, "after");
        }
    }
}
