package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.RosterChange;
import org.chemnet.network.membership.StakeholderBalance;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.StakeholderCommunity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a network publishes, through the runtime: the stakeholder balance on a day and the roster difference between
 * two days, read from a store a second node wrote.
 *
 * <p>A store's test extends this class and says how to make a fresh store and a second node over the same data.
 */
public abstract class RosterContract extends TwoNodes {
    private static final LocalDate JOINED = LocalDate.of(2021, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2021, 12, 31);

    @BeforeEach
    void startingPoint() {
        first.networks()
                .register(TestData.graph().toBuilder()
                        .organizations(
                                organization("ngo", OrganizationType.NGO, StakeholderCommunity.CIVIL_SOCIETY, "SE"),
                                organization(
                                        "ministry",
                                        OrganizationType.GOVERNMENT_BODY,
                                        StakeholderCommunity.GOVERNMENT,
                                        "JP"),
                                organization(
                                        "unep",
                                        OrganizationType.INTERNATIONAL_ORGANIZATION,
                                        StakeholderCommunity.INTERNATIONAL_ORGANIZATION,
                                        null),
                                Organization.builder(
                                                OrganizationId.of("maker"),
                                                LocalizedText.en("Maker"),
                                                OrganizationType.ENTERPRISE)
                                        .country("DE")
                                        .size(EnterpriseSize.LARGE)
                                        .community(StakeholderCommunity.INDUSTRY)
                                        .build())
                        .memberships(
                                active("m-ngo", "ngo", JOINED),
                                active("m-ministry", "ministry", JOINED),
                                active("m-unep", "unep", JOINED.plusMonths(6)),
                                active("m-maker", "maker", JOINED))
                        .build());
    }

    private static Organization organization(
            String id, OrganizationType type, StakeholderCommunity community, String country) {
        var builder = Organization.builder(
                        OrganizationId.of(id), LocalizedText.en(id.toUpperCase(java.util.Locale.ROOT)), type)
                .community(community);
        return (country == null ? builder : builder.country(country)).build();
    }

    private static Membership active(String id, String organization, LocalDate from) {
        return new Membership(
                MembershipId.of(id),
                TestData.NETWORK,
                OrganizationId.of(organization),
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                List.of(StatusChange.of(MembershipStatus.ACTIVE, from)),
                0);
    }

    @Test
    void balancesTheParticipantsOfADayByCommunityTypeCountryAndSize() {
        StakeholderBalance balance = second.participation().balanceOn(TestData.NETWORK, JOINED.plusMonths(1));

        // member (JP SME enterprise, no community), ngo, ministry, maker; unep joins later
        assertThat(balance.participants()).isEqualTo(4);
        assertThat(balance.communities().count(StakeholderCommunity.CIVIL_SOCIETY))
                .isEqualTo(1);
        assertThat(balance.communities().count(StakeholderCommunity.INTERNATIONAL_ORGANIZATION))
                .isZero();
        assertThat(balance.communities().unknown()).isEqualTo(1);
        assertThat(balance.communities().share(StakeholderCommunity.GOVERNMENT)).isEqualTo(0.25);
        assertThat(balance.types().count(OrganizationType.ENTERPRISE)).isEqualTo(2);
        assertThat(balance.types().unknown()).isZero();
        assertThat(balance.countries().counts())
                .containsExactly(
                        java.util.Map.entry("DE", 1L), java.util.Map.entry("JP", 2L), java.util.Map.entry("SE", 1L));
        assertThat(balance.sizes().count(EnterpriseSize.SME)).isEqualTo(1);
        assertThat(balance.sizes().count(EnterpriseSize.LARGE)).isEqualTo(1);
        assertThat(balance.sizes().unknownShare()).isEqualTo(0.5);
        assertThat(balance.types().total()).isEqualTo(balance.participants());

        StakeholderBalance later = second.participation().balanceOn(TestData.NETWORK, YEAR_END);
        assertThat(later.participants()).isEqualTo(5);
        assertThat(later.countries().unknown())
                .as("an international body has no country")
                .isEqualTo(1);
        assertThat(second.participation()
                        .balanceOn(TestData.NETWORK, LocalDate.of(2000, 1, 1))
                        .participants())
                .isZero();
    }

    @Test
    void tellsWhoJoinedLeftAndWasRenamedBetweenTwoDays() {
        first.participation().withdraw(MembershipId.of("m-ngo"), JOINED.plusMonths(3));
        first.organizations().rename(OrganizationId.of("maker"), LocalizedText.en("Maker Group"), JOINED.plusMonths(2));
        first.organizations().rename(OrganizationId.of("ministry"), LocalizedText.en("Ministry"), YEAR_END.plusDays(1));

        RosterChange change = second.participation().rosterChange(TestData.NETWORK, JOINED.plusMonths(1), YEAR_END);

        assertThat(change.joined()).extracting(Organization::id).containsExactly(OrganizationId.of("unep"));
        assertThat(change.left()).extracting(Organization::id).containsExactly(OrganizationId.of("ngo"));
        assertThat(change.renamed())
                .as("the ministry's rename comes after the later day")
                .containsExactly(new RosterChange.Renamed(
                        OrganizationId.of("maker"), LocalizedText.en("Maker"), LocalizedText.en("Maker Group")));
        assertThat(second.participation().rosterChange(TestData.NETWORK, YEAR_END, YEAR_END))
                .satisfies(same -> {
                    assertThat(same.joined()).isEmpty();
                    assertThat(same.left()).isEmpty();
                    assertThat(same.renamed()).isEmpty();
                });
    }

    @Test
    void refusesAnUnknownNetworkAndDaysTheWrongWayRound() {
        NetworkId unknown = NetworkId.of("nowhere");
        assertThatThrownBy(() -> second.participation().balanceOn(unknown, JOINED))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> second.participation().rosterChange(unknown, JOINED, YEAR_END))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> second.participation().rosterChange(TestData.NETWORK, YEAR_END, JOINED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JOINED.toString());
    }
}
