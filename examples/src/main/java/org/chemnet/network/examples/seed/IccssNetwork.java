package org.chemnet.network.examples.seed;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.BestPracticeExchange;
import org.chemnet.network.activity.CapacityBuilding;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventKind;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.event.EventSeriesId;
import org.chemnet.network.event.Events;
import org.chemnet.network.event.Place;
import org.chemnet.network.governance.Board;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.graph.Scope;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Approver;
import org.chemnet.network.membership.MembershipPolicy;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.organization.StakeholderCommunity;

/**
 * The ICCSS Global Network, from its seed document: global and multi-stakeholder, with its principles, the Tarnow
 * meeting of 2012, the summits CHEMSS2016 and CHEMSS2017 and their declarations, co-organizers and partners.
 *
 * <p>The Tarnow meeting's days and 57 countries, the Tarnow Declaration, CHEMSS2016's 400 participants from 47
 * countries and Targi Kielce, ICCSS's seat in Warsaw and its president, and the 2021 memorandum with the China
 * Controlled Chemicals Association come from DOMAIN.md's public facts. The documents give the days of each event but
 * not the day a declaration was adopted: the closing day is taken. They name no endorsers: the organizers of each
 * event are taken to endorse the text adopted there, from that day.
 *
 * @since 0.1.0
 */
public final class IccssNetwork {
    /** The network's identifier. */
    public static final NetworkId ID = NetworkId.of("iccss-global");

    /** ICCSS itself. */
    public static final OrganizationId ICCSS = OrganizationId.of("iccss");

    /** The Organisation for the Prohibition of Chemical Weapons. */
    public static final OrganizationId OPCW = OrganizationId.of("opcw");

    /** The China Petroleum and Chemical Industry Federation. */
    public static final OrganizationId CPCIF = OrganizationId.of("cpcif");

    /** Targi Kielce, the venue and partner of CHEMSS2016 (public facts). */
    public static final OrganizationId TARGI_KIELCE = OrganizationId.of("targi-kielce");

    /** The China Controlled Chemicals Association (public facts). */
    public static final OrganizationId CCCA = OrganizationId.of("ccca");

    /** The Tarnow meeting of November 2012. */
    public static final EventId TARNOW = EventId.of("tarnow-2012");

    /** CHEMSS2016 in Kielce. */
    public static final EventId CHEMSS2016 = EventId.of("chemss2016");

    /** CHEMSS2017 in Shanghai. */
    public static final EventId CHEMSS2017 = EventId.of("chemss2017");

    /** The series of the Global Chemical Safety and Security Summits, CHEMSS2016 and CHEMSS2017 its editions. */
    public static final EventSeriesId CHEMSS = EventSeriesId.of("chemss");

    private IccssNetwork() {}

    /**
     * The network itself, with its four principles.
     *
     * @return the network; never null
     */
    public static Network network() {
        return new Network(
                ID,
                LocalizedText.en("ICCSS Global Network"),
                Optional.of("ICCSS"),
                Scope.GLOBAL,
                Optional.empty(),
                LocalizedText.en("Global cooperation in chem-bio and environmental safety and security, as an"
                        + " essential condition of the safe and secure research, manufacturing and trade of"
                        + " chemicals: supporting local, national and global responses to chem-bio and environmental"
                        + " threats and disasters."),
                Optional.of(Year.of(2011)),
                List.of("Global"),
                List.of(
                        LocalizedText.en("Science-based."),
                        LocalizedText.en("Free from political exclusion."),
                        LocalizedText.en("Multi-stakeholder: government, international organizations, industry,"
                                + " academia and civil society."),
                        LocalizedText.en("Bottom-to-top: from local and national experience to the global regime,"
                                + " coming from the grass-roots level.")),
                new MembershipPolicy(
                        true,
                        EnumSet.allOf(OrganizationType.class),
                        Optional.empty(),
                        Optional.empty(),
                        Approver.SECRETARIAT),
                Optional.empty());
    }

    /**
     * The organizations the document and the public facts name.
     *
     * @return the organizations; never null
     */
    public static List<Organization> organizations() {
        return List.of(
                Organization.builder(
                                ICCSS,
                                LocalizedText.en("International Centre for Chemical Safety and Security"),
                                OrganizationType.NGO)
                        .acronym("ICCSS")
                        .community(StakeholderCommunity.CIVIL_SOCIETY)
                        .country("PL") // Warsaw, public facts
                        .build(),
                Organization.builder(
                                OPCW,
                                LocalizedText.en("Organisation for the Prohibition of Chemical Weapons"),
                                OrganizationType.INTERNATIONAL_ORGANIZATION)
                        .acronym("OPCW")
                        .community(StakeholderCommunity.INTERNATIONAL_ORGANIZATION)
                        .build(),
                Organization.builder(
                                CPCIF,
                                LocalizedText.en("China Petroleum and Chemical Industry Federation"),
                                OrganizationType.INDUSTRY_ASSOCIATION)
                        .acronym("CPCIF")
                        .community(StakeholderCommunity.INDUSTRY)
                        .country("CN")
                        .build(),
                Organization.builder(TARGI_KIELCE, LocalizedText.en("Targi Kielce"), OrganizationType.ENTERPRISE)
                        .community(StakeholderCommunity.INDUSTRY)
                        .country("PL")
                        .build(),
                Organization.builder(
                                CCCA,
                                LocalizedText.en("China Controlled Chemicals Association"),
                                OrganizationType.INDUSTRY_ASSOCIATION)
                        .community(StakeholderCommunity.INDUSTRY)
                        .country("CN")
                        .build());
    }

    /**
     * The three events of the document's "Global Network Formats".
     *
     * @return the events, oldest first; never null
     */
    public static List<Event> events() {
        return List.of(
                new Event(
                        TARNOW,
                        LocalizedText.en("International meeting on chemical safety and security, Tarnow"),
                        Optional.empty(),
                        EventKind.MEETING,
                        Period.of(LocalDate.of(2012, 11, 8), LocalDate.of(2012, 11, 9)), // public facts
                        Place.of("Tarnow", "PL"),
                        List.of(ICCSS),
                        List.of(OPCW),
                        Optional.empty(),
                        Optional.of(57), // public facts; the document says "over 50"
                        Optional.of(LocalizedText.en("United governments from over 50 countries, many international"
                                + " organizations and experts."))),
                new Event(
                        CHEMSS2016,
                        LocalizedText.en("Global Chemical Safety and Security Summit CHEMSS2016"),
                        Optional.of("CHEMSS2016"),
                        EventKind.SUMMIT,
                        Period.of(LocalDate.of(2016, 4, 18), LocalDate.of(2016, 4, 20)),
                        new Place("Kielce", "PL", Optional.of("Targi Kielce")),
                        List.of(ICCSS),
                        List.of(TARGI_KIELCE), // public facts: held with Targi Kielce
                        Optional.of(400), // public facts: 400+
                        Optional.of(47), // public facts
                        Optional.of(LocalizedText.en("The first global multi-stakeholder event addressing chemical"
                                + " safety and security solutions throughout the chemical supply chain; 25 themed"
                                + " sessions."))),
                new Event(
                        CHEMSS2017,
                        LocalizedText.en("Second Global Summit on Chemical Safety and Security CHEMSS2017"),
                        Optional.of("CHEMSS2017"),
                        EventKind.SUMMIT,
                        Period.of(LocalDate.of(2017, 9, 19), LocalDate.of(2017, 9, 20)),
                        Place.of("Shanghai", "CN"),
                        List.of(CPCIF, ICCSS),
                        List.of(),
                        Optional.of(2000), // the document: over 2000
                        Optional.empty(),
                        Optional.of(LocalizedText.en("Over 2000 leaders and practitioners in all disciplines of"
                                + " chemical safety and security, from all stakeholder communities."))));
    }

    /**
     * Stores the CHEMSS series with its two editions, CHEMSS2016 (organized by the ICCSS, co-organized by Targi
     * Kielce) and CHEMSS2017 (organized by the CPCIF and the ICCSS), in a runtime that holds the {@link #graph()}
     * already. A series is not part of a network's document, so it is stored through the use cases.
     *
     * @param events the event use cases of that runtime
     * @return the series as stored; never null
     */
    public static EventSeries storeChemssSeries(Events events) {
        events.defineSeries(
                ID, CHEMSS, LocalizedText.en("Global Chemical Safety and Security Summit"), Optional.of("CHEMSS"));
        events.addEdition(CHEMSS, CHEMSS2017);
        return events.addEdition(CHEMSS, CHEMSS2016);
    }

    /**
     * The declarations adopted at the three events.
     *
     * @return the declarations, oldest first; never null
     */
    public static List<Declaration> declarations() {
        return List.of(
                new Declaration(
                        DeclarationId.of("tarnow-declaration"),
                        LocalizedText.en("Tarnow Declaration"), // public facts
                        TARNOW,
                        LocalDate.of(2012, 11, 9),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(Endorsement.of(ICCSS, LocalDate.of(2012, 11, 9)))),
                new Declaration(
                        DeclarationId.of("chemss2016-declaration"),
                        LocalizedText.en("2016 Summit Declaration"),
                        CHEMSS2016,
                        LocalDate.of(2016, 4, 20),
                        Optional.of(LocalizedText.en("On the development of international cooperation to enhance"
                                + " chemical safety and security and promote a global chemical security culture.")),
                        List.of(
                                LocalizedText.en("Develop international cooperation to enhance chemical safety and"
                                        + " security."),
                                LocalizedText.en("Promote a global chemical security culture.")),
                        List.of(LocalizedText.en("Guidelines of global cooperation against chemical threats.")),
                        List.of(LocalizedText.en("Principles of global cooperation against chemical threats.")),
                        List.of(Endorsement.of(ICCSS, LocalDate.of(2016, 4, 20)))),
                new Declaration(
                        DeclarationId.of("shanghai-declaration"),
                        LocalizedText.en("2017 Shanghai Declaration"),
                        CHEMSS2017,
                        LocalDate.of(2017, 9, 20),
                        Optional.of(LocalizedText.en("Confirmed the importance of the developing global network of"
                                + " leaders and practitioners in all disciplines of chem-bio and environmental safety"
                                + " and security.")),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(
                                Endorsement.of(CPCIF, LocalDate.of(2017, 9, 20)),
                                Endorsement.of(ICCSS, LocalDate.of(2017, 9, 20)))));
    }

    /**
     * What ICCSS runs and promotes.
     *
     * @return the activities; never null
     */
    public static List<Activity> activities() {
        return List.of(
                new WorkingGroup(
                        ActivityId.of("iccss-global-team"),
                        LocalizedText.en("ICCSS Global Team"),
                        Optional.empty(),
                        List.of(ICCSS),
                        Optional.empty(),
                        Optional.empty()),
                new CapacityBuilding(
                        ActivityId.of("chemss-edu-rd"),
                        LocalizedText.en("CHEMSS EDU R&D"),
                        Optional.empty(),
                        List.of("leaders and practitioners in chem-bio and environmental safety and security"),
                        List.of(),
                        Optional.empty()),
                new CapacityBuilding(
                        ActivityId.of("iccss-capacity-building"),
                        LocalizedText.en("Capacity building in developing countries"),
                        Optional.of(LocalizedText.en("Responds to the lack of relevant expertise and the cost of"
                                + " effective management of chemical safety and security in developing countries.")),
                        List.of("international, national and industry practitioners"),
                        List.of("developing countries"),
                        Optional.empty()),
                new BestPracticeExchange(
                        ActivityId.of("iccss-best-practices"),
                        LocalizedText.en("Codes of conduct, ethics and best practices"),
                        Optional.of(LocalizedText.en("Participants promote, operationalize and internationalize"
                                + " existing best practices, training and technical solutions, and seek no new"
                                + " regulations or standards.")),
                        List.of("codes of conduct", "ethics", "best practices", "voluntary commitments"),
                        Optional.empty()));
    }

    /**
     * The whole network.
     *
     * @return the graph; never null
     */
    public static NetworkGraph graph() {
        return NetworkGraph.builder(network())
                .organizations(organizations())
                .persons(new Person(
                        PersonId.of("krzysztof-paturej"),
                        "Krzysztof Paturej",
                        Optional.of("Ambassador; founder and president of ICCSS"),
                        Optional.empty(),
                        Optional.of("pl"))) // public facts
                .board(new Board(LocalizedText.en("ICCSS"), List.of()))
                .partners(
                        new Partner(
                                OPCW,
                                Optional.of(LocalizedText.en("co-organizer of the Tarnow meeting")),
                                Optional.empty()),
                        new Partner(
                                CPCIF, Optional.of(LocalizedText.en("co-organizer of CHEMSS2017")), Optional.empty()),
                        new Partner(
                                CCCA,
                                Optional.of(LocalizedText.en("memorandum of understanding signed in February 2021,"
                                        + " with CPCIF taking part")), // public facts
                                Optional.empty()))
                .activities(activities().toArray(new Activity[0]))
                .events(events().toArray(new Event[0]))
                .declarations(declarations().toArray(new Declaration[0]))
                .build();
    }
}
