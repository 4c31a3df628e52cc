package org.chemnet.network.examples.seed;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.CaseStudyDissemination;
import org.chemnet.network.activity.ColumnPosting;
import org.chemnet.network.activity.Dialogue;
import org.chemnet.network.activity.InformationCollection;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
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
import org.chemnet.network.organization.SupplyChainPosition;

/**
 * The Network for Strategic Response on International Chemical Management (Japan), from its seed document.
 *
 * <p>What the document states is here as stated: its purpose, basic orientation, management board, secretariat at
 * OECC, its six activities, and that only organizations may apply, free of charge. Its public facts (set up in 2007
 * by the Ministry of the Environment, run by OECC, the mail magazine) come from DOMAIN.md. The document counts 317
 * participating organizations as of 2020-03-09 but names none, and names no board members: those are
 * {@linkplain Sources#GENERATED generated} by {@link ParticipantGenerator} from {@link #SEED}, so that the count of
 * 317 on that day is the answer of a query, not a stored number.
 *
 * @since 0.1.0
 */
public final class JapanNetwork {
    /** The free seminar of 2020-02-14 (generated: the document gives no date, venue or seats). */
    public static final ActivityId SEMINAR = ActivityId.of(Sources.GENERATED_PREFIX + "jp-seminar");

    /** The network's identifier. */
    public static final NetworkId ID = NetworkId.of("jp-strategic-response");

    /** The day of the document's participant count. */
    public static final LocalDate COUNTED_ON = LocalDate.of(2020, 3, 9);

    /** The document's count of participating organizations on {@link #COUNTED_ON}. */
    public static final int PARTICIPANTS_ON_COUNT_DAY = 317;

    /** The seed of the generated participants. */
    public static final long SEED = 20200309L;

    /** OECC, which hosts the secretariat. */
    public static final OrganizationId OECC = OrganizationId.of("oecc");

    /** The Ministry of the Environment, which set the network up (public facts). */
    public static final OrganizationId MOE = OrganizationId.of("jp-moe");

    /** The free e-mail newsletter (mail magazine). */
    public static final ActivityId NEWSLETTER = ActivityId.of("jp-newsletter");

    private JapanNetwork() {}

    /**
     * The network itself: names, purpose, orientation and membership policy.
     *
     * @return the network; never null
     */
    public static Network network() {
        return new Network(
                ID,
                LocalizedText.jaEn(
                        "化学物質国際対応ネットワーク", "Network for Strategic Response on International Chemical Management"),
                Optional.empty(),
                Scope.NATIONAL,
                Optional.of("JP"),
                LocalizedText.en("To accelerate international harmonization through the improvement of mutual"
                        + " understanding and capacity development of domestic entities related to international"
                        + " chemicals management, and to activate communication among potential resource persons"
                        + " and organizations in foreign countries; to promote countermeasures to new chemicals"
                        + " management systems such as REACH, RoHS and the Chinese RoHS among all stakeholders,"
                        + " including SMEs, which have a key role in the chemicals supply chain in Japan."),
                Optional.of(Year.of(2007)), // public facts
                List.of("Europe", "East Asia"),
                List.of(
                        LocalizedText.en("Any enterprise, industry group, research institution, NGO or NPO, etc. that"
                                + " agrees to the purpose of the establishment of the Network can participate."),
                        LocalizedText.en("Participation is free of charge. Participants will maintain an independent"
                                + " approach, contribute to information sharing, and disseminate the information."),
                        LocalizedText.en("The Network will accelerate interaction and dialogue, and promote"
                                + " cooperation among the participants.")),
                policy(),
                Optional.empty());
    }

    /**
     * Who may take part: organizations only, of the kinds the basic orientation names ("etc." read as any
     * non-governmental kind), free, on agreeing to the purpose, registered by the secretariat.
     *
     * @return the policy; never null
     */
    public static MembershipPolicy policy() {
        return new MembershipPolicy(
                true,
                EnumSet.of(
                        OrganizationType.ENTERPRISE,
                        OrganizationType.INDUSTRY_ASSOCIATION,
                        OrganizationType.RESEARCH_INSTITUTION,
                        OrganizationType.ACADEMIA,
                        OrganizationType.NGO,
                        OrganizationType.NPO,
                        OrganizationType.OTHER),
                Optional.of(Fee.free()),
                Optional.of(LocalizedText.en("I agree to the purpose of the establishment of the Network.")),
                Approver.SECRETARIAT);
    }

    /**
     * OECC, host of the secretariat.
     *
     * @return the organization; never null
     */
    public static Organization oecc() {
        return Organization.builder(
                        OECC,
                        LocalizedText.jaEn("海外環境協力センター", "Overseas Environmental Cooperation Center, Japan"),
                        OrganizationType.NPO)
                .acronym("OECC")
                .community(StakeholderCommunity.CIVIL_SOCIETY)
                .country("JP")
                .website("http://www.oecc.or.jp")
                .build();
    }

    /**
     * The Ministry of the Environment, which set the network up in 2007 (public facts).
     *
     * @return the organization; never null
     */
    public static Organization ministryOfTheEnvironment() {
        return Organization.builder(
                        MOE, LocalizedText.jaEn("環境省", "Ministry of the Environment"), OrganizationType.GOVERNMENT_BODY)
                .acronym("MOE")
                .community(StakeholderCommunity.GOVERNMENT)
                .country("JP")
                .build();
    }

    /**
     * The secretariat office at OECC.
     *
     * @return the secretariat; never null
     */
    public static Secretariat secretariat() {
        return new Secretariat(
                LocalizedText.jaEn("事務局", "Secretariat office"),
                OECC,
                List.of(
                        LocalizedText.en("Handles the Network operations and logistics."),
                        LocalizedText.en("Registers participants and collects information.")), // public facts
                Optional.empty());
    }

    /**
     * The six activities of the document, in its order.
     *
     * @return the activities; never null
     */
    public static List<org.chemnet.network.activity.Activity> activities() {
        return List.of(
                new InformationCollection(
                        ActivityId.of("jp-foreign-information"),
                        LocalizedText.en("Foreign chemicals management information"),
                        Optional.of(LocalizedText.en("Collect relevant information concerning foreign chemicals"
                                + " management, e.g., in Europe and East Asia, and provide it to the domestic parties"
                                + " concerned.")),
                        List.of("Europe", "East Asia"),
                        List.of("REACH", "RoHS", "China RoHS"),
                        EnumSet.noneOf(SupplyChainPosition.class),
                        Optional.empty()),
                new InformationCollection(
                        ActivityId.of("jp-supply-chain-information"),
                        LocalizedText.en("Domestic supply-chain information"),
                        Optional.of(LocalizedText.en("Collect relevant information concerning domestic chemicals"
                                + " management throughout the supply chain of chemicals from the upstream to the"
                                + " downstream processes and provide it to the domestic parties concerned.")),
                        List.of("Japan"),
                        List.of(),
                        EnumSet.of(
                                SupplyChainPosition.UPSTREAM,
                                SupplyChainPosition.MIDSTREAM,
                                SupplyChainPosition.DOWNSTREAM),
                        Optional.empty()),
                new Dialogue(
                        ActivityId.of("jp-dialogue"),
                        LocalizedText.en("Dialogue with foreign administrative bodies and industry"),
                        Optional.of(LocalizedText.en("Encourage dialogue regarding chemicals management with foreign"
                                + " administrative bodies and industrial sectors, etc. (particularly focused on the"
                                + " East Asia region).")),
                        List.of("foreign administrative bodies", "foreign industrial sectors"),
                        List.of("East Asia"),
                        Optional.empty()),
                new CaseStudyDissemination(
                        ActivityId.of("jp-case-studies"),
                        LocalizedText.en("Japanese examples abroad"),
                        Optional.of(LocalizedText.en(
                                "Introduce useful Japanese examples to the foreign parties concerned.")),
                        List.of("foreign parties concerned"),
                        Optional.empty()),
                new Newsletter(
                        NEWSLETTER,
                        LocalizedText.jaEn("メールマガジン", "E-mail newsletter"),
                        Optional.of(LocalizedText.en("Free e-mail newsletter, about four times a year; issue No. 106"
                                + " on 2020-06-30 covered Europe, Russia, China, Korea, Taiwan, Vietnam and Thailand;"
                                + " more than 5,000 subscribers in July 2024.")), // public facts
                        List.of("Europe", "Russia", "China", "Korea", "Taiwan", "Vietnam", "Thailand"),
                        Fee.free(),
                        Optional.empty()),
                new ColumnPosting(
                        ActivityId.of("jp-columns"),
                        LocalizedText.en("Column postings"),
                        Optional.of(LocalizedText.en("Free column postings.")),
                        List.of("international chemicals management"),
                        Optional.empty()),
                // The document says only "Organizing free seminar": the date, venue and seats are generated.
                new Seminar(
                        SEMINAR,
                        LocalizedText.en("Free seminar on international chemicals management"),
                        Optional.of(LocalizedText.en("An example seminar: the seed document says only that seminars"
                                + " are free; date, venue and seats are generated.")),
                        Period.on(LocalDate.of(2020, 2, 14)),
                        "Tokyo",
                        120,
                        96,
                        Fee.free(),
                        Optional.empty()));
    }

    /**
     * The whole network: its own organizations, 317 participants on {@link #COUNTED_ON} (and some who left before or
     * came after), a board of participants, the secretariat, the activities and newsletter subscribers. Generated
     * from {@link #SEED}: every call returns an equal graph.
     *
     * @return the graph; never null
     */
    public static NetworkGraph graph() {
        ParticipantGenerator generator = new ParticipantGenerator(SEED);
        ParticipantGenerator.Population population =
                generator.population(ID, COUNTED_ON, PARTICIPANTS_ON_COUNT_DAY, 15, 8);
        List<Organization> organizations = new ArrayList<>();
        organizations.add(oecc());
        organizations.add(ministryOfTheEnvironment());
        organizations.addAll(population.organizations());
        Board board = generator.board(population, COUNTED_ON);
        return NetworkGraph.builder(network())
                .organizations(organizations)
                .persons(population.persons().toArray(new org.chemnet.network.organization.Person[0]))
                .memberships(population.memberships())
                .board(board)
                .secretariat(secretariat())
                .activities(activities().toArray(new org.chemnet.network.activity.Activity[0]))
                .subscriptions(generator.subscriptions(population, NEWSLETTER, 240))
                .build();
    }
}
