package org.chemnet.network.examples.seed;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.PolicyEngagement;
import org.chemnet.network.activity.Tool;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.graph.Scope;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Approver;
import org.chemnet.network.membership.MembershipPolicy;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.StakeholderCommunity;

/**
 * ChemSec, the International Chemical Secretariat, from its seed document: a non-profit working towards a toxic free
 * environment in three streams, policy, business and investors (the ChemSec Business Group) and tools.
 *
 * <p>The founding year, the Business Group's start and its publicly named members, and the SIN List and Marketplace
 * tools come from DOMAIN.md's public facts. The document states no fee and no dates of membership: the policy leaves
 * the fee unstated, and Business Group members are listed in the working group, not as dated memberships.
 *
 * @since 0.1.0
 */
public final class ChemSecNetwork {
    /** The network's identifier. */
    public static final NetworkId ID = NetworkId.of("chemsec");

    /** ChemSec itself. */
    public static final OrganizationId CHEMSEC = OrganizationId.of("chemsec-org");

    /** The ChemSec Business Group. */
    public static final ActivityId BUSINESS_GROUP = ActivityId.of("chemsec-business-group");

    /** Members of the Business Group named publicly (public facts), as identifier and name. */
    private static final String[][] BUSINESS_GROUP_MEMBERS = {
        {"adidas", "adidas"},
        {"apple", "Apple"},
        {"b-and-q", "B&Q"},
        {"boots", "Boots"},
        {"coop", "Coop"},
        {"dell", "Dell"},
        {"eureau", "EurEau"},
        {"h-and-m", "H&M"},
        {"ikea", "IKEA"},
        {"shaw", "Shaw"},
        {"skanska", "Skanska"},
        {"sony", "Sony"},
        {"swedish-construction-federation", "Swedish Construction Federation"}
    };

    private ChemSecNetwork() {}

    /**
     * The network itself.
     *
     * @return the network; never null
     */
    public static Network network() {
        return new Network(
                ID,
                LocalizedText.en("ChemSec, the International Chemical Secretariat"),
                Optional.of("ChemSec"),
                Scope.GLOBAL,
                Optional.empty(),
                LocalizedText.en("To work towards a toxic free environment, bridging the gap between decision-makers,"
                        + " industry, NGOs and scientists, and speeding up the transition to a world free of"
                        + " hazardous chemicals."),
                Optional.of(Year.of(2002)), // public facts
                List.of(),
                List.of(
                        LocalizedText.en("Enhance collaboration and open dialogue between all stakeholders"
                                + " interested in phasing out hazardous chemicals."),
                        LocalizedText.en("Seek effective solutions and concrete, sustainable results.")),
                new MembershipPolicy(
                        true,
                        EnumSet.of(OrganizationType.ENTERPRISE, OrganizationType.INDUSTRY_ASSOCIATION),
                        Optional.empty(),
                        Optional.empty(),
                        Approver.SECRETARIAT),
                Optional.of("https://chemsec.org"));
    }

    /**
     * ChemSec as an organization: a non-profit founded by environmental organizations.
     *
     * @return the organization; never null
     */
    public static Organization chemsec() {
        return Organization.builder(
                        CHEMSEC,
                        LocalizedText.en("ChemSec, the International Chemical Secretariat"),
                        OrganizationType.NGO)
                .acronym("ChemSec")
                .community(StakeholderCommunity.CIVIL_SOCIETY)
                .country("SE")
                .website("https://chemsec.org")
                .build();
    }

    /**
     * The publicly named members of the Business Group (public facts).
     *
     * @return the organizations; never null
     */
    public static List<Organization> businessGroupMembers() {
        List<Organization> members = new ArrayList<>();
        for (String[] member : BUSINESS_GROUP_MEMBERS) {
            OrganizationType type = member[0].equals("eureau") || member[0].equals("swedish-construction-federation")
                    ? OrganizationType.INDUSTRY_ASSOCIATION
                    : OrganizationType.ENTERPRISE;
            members.add(Organization.builder(
                            OrganizationId.of("chemsec-bg-" + member[0]), LocalizedText.en(member[1]), type)
                    .community(StakeholderCommunity.INDUSTRY)
                    .build());
        }
        return members;
    }

    /**
     * The three streams of work: policy, business and investors, tools.
     *
     * @return the activities; never null
     */
    public static List<org.chemnet.network.activity.Activity> activities() {
        return List.of(
                new PolicyEngagement(
                        ActivityId.of("chemsec-policy"),
                        LocalizedText.en("Policy"),
                        Optional.of(LocalizedText.en("ChemSec is an accredited stakeholder within a number of policy"
                                + " institutions, committees and initiatives, and uses its knowledge and position to"
                                + " influence and improve the way chemical legislations are implemented in"
                                + " practice.")),
                        List.of("policy institutions", "committees", "initiatives"),
                        Optional.empty()),
                new WorkingGroup(
                        BUSINESS_GROUP,
                        LocalizedText.en("ChemSec Business Group"),
                        Optional.of(LocalizedText.en("A collaboration among market-leading companies across a"
                                + " diversity of sectors working together to inspire concrete progress on toxic use"
                                + " reduction and the substitution of hazardous substances; it began at a 2004"
                                + " meeting in Gothenburg.")),
                        businessGroupMembers().stream().map(Organization::id).toList(),
                        Optional.of(Year.of(2004)),
                        Optional.empty()), // public facts
                new Tool(
                        ActivityId.of("chemsec-sin-list"),
                        LocalizedText.en("SIN (Substitute It Now!) List"),
                        Optional.of(LocalizedText.en("A list of hazardous substances to substitute, guided by an NGO"
                                + " advisory committee; version 1.0 in 2008 had 267 substances.")), // public facts
                        Optional.empty(),
                        Optional.of(Year.of(2008)),
                        Optional.empty()), // public facts
                new Tool(
                        ActivityId.of("chemsec-marketplace"),
                        LocalizedText.en("Marketplace"),
                        Optional.of(LocalizedText.en("A marketplace for safer alternatives.")), // public facts
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
    }

    /**
     * The whole network.
     *
     * @return the graph; never null
     */
    public static NetworkGraph graph() {
        List<Organization> organizations = new ArrayList<>();
        organizations.add(chemsec());
        organizations.addAll(businessGroupMembers());
        return NetworkGraph.builder(network())
                .organizations(organizations)
                .board(new Board(LocalizedText.en("Board"), List.of()))
                .secretariat(new Secretariat(
                        LocalizedText.en("ChemSec team"),
                        CHEMSEC,
                        List.of(
                                LocalizedText.en("Policy"),
                                LocalizedText.en("Business & investors"),
                                LocalizedText.en("Tools")),
                        Optional.empty()))
                .activities(activities().toArray(new org.chemnet.network.activity.Activity[0]))
                .build();
    }
}
