package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.chemnet.network.internal.Checks;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.StakeholderCommunity;

/**
 * Which participants of a network to list or count: those active on a day, optionally only of some types,
 * countries, sizes, stakeholder communities or one role. An empty filter lets everything through.
 *
 * @param network the network; never null
 * @param day the day; never null
 * @param types the organization types to keep, empty for all; never null
 * @param countries the ISO 3166-1 alpha-2 countries to keep, empty for all; never null
 * @param sizes the enterprise sizes to keep, empty for all; never null
 * @param communities the stakeholder communities to keep, empty for all; never null
 * @param role the role to keep, empty for all; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record ParticipantQuery(
        NetworkId network,
        LocalDate day,
        Set<OrganizationType> types,
        Set<String> countries,
        Set<EnterpriseSize> sizes,
        Set<StakeholderCommunity> communities,
        Optional<MembershipRole> role) {
    /**
     * Creates a query.
     *
     * @throws NullPointerException if a component is null
     */
    public ParticipantQuery {
        requireNonNull(network, "network");
        requireNonNull(day, "day");
        types = Checks.enumSet(types, OrganizationType.class);
        countries = Collections.unmodifiableSet(new TreeSet<>(countries));
        sizes = Checks.enumSet(sizes, EnterpriseSize.class);
        communities = Checks.enumSet(communities, StakeholderCommunity.class);
        requireNonNull(role, "role");
    }

    /**
     * Everyone active in a network on a day.
     *
     * @param network the network
     * @param day the day
     * @return the query; never null
     */
    public static ParticipantQuery of(NetworkId network, LocalDate day) {
        return new ParticipantQuery(network, day, Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty());
    }

    /**
     * This query, keeping only some organization types.
     *
     * @param kept the types
     * @return a new query; never null
     */
    public ParticipantQuery types(OrganizationType... kept) {
        return new ParticipantQuery(network, day, Set.of(kept), countries, sizes, communities, role);
    }

    /**
     * This query, keeping only some countries.
     *
     * @param kept the ISO 3166-1 alpha-2 codes
     * @return a new query; never null
     */
    public ParticipantQuery countries(String... kept) {
        return new ParticipantQuery(network, day, types, Set.of(kept), sizes, communities, role);
    }

    /**
     * This query, keeping only some sizes.
     *
     * @param kept the sizes
     * @return a new query; never null
     */
    public ParticipantQuery sizes(EnterpriseSize... kept) {
        Set<EnterpriseSize> set = EnumSet.noneOf(EnterpriseSize.class);
        set.addAll(Set.of(kept));
        return new ParticipantQuery(network, day, types, countries, set, communities, role);
    }

    /**
     * This query, keeping only some stakeholder communities.
     *
     * @param kept the communities
     * @return a new query; never null
     */
    public ParticipantQuery communities(StakeholderCommunity... kept) {
        return new ParticipantQuery(network, day, types, countries, sizes, Set.of(kept), role);
    }

    /**
     * This query, keeping only one role.
     *
     * @param kept the role
     * @return a new query; never null
     */
    public ParticipantQuery role(MembershipRole kept) {
        return new ParticipantQuery(network, day, types, countries, sizes, communities, Optional.of(kept));
    }

    /**
     * Tells whether an organization passes the filters (not the day: that is the membership's).
     *
     * @param organization the organization
     * @return true if it passes every filter
     */
    public boolean admits(Organization organization) {
        return (types.isEmpty() || types.contains(organization.type()))
                && (countries.isEmpty()
                        || organization.country().filter(countries::contains).isPresent())
                && (sizes.isEmpty()
                        || organization.size().filter(sizes::contains).isPresent())
                && (communities.isEmpty()
                        || organization
                                .community()
                                .filter(communities::contains)
                                .isPresent());
    }

    /**
     * Tells whether a membership passes the query: of its network, active on its day, in its role.
     *
     * @param membership the membership
     * @return true if it passes
     */
    public boolean admits(Membership membership) {
        return membership.network().equals(network)
                && membership.isActiveOn(day)
                && role.map(r -> r == membership.role()).orElse(true);
    }
}
