package org.chemnet.network.json;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chemnet.network.NetworkGraph;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.ContactDetail;
import org.chemnet.network.organization.ContactType;
import org.chemnet.network.organization.Identifier;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationBuilder;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Popolo interchange (popoloproject.com): a network as Popolo organizations, memberships, posts and events, and
 * Popolo organizations and memberships brought into a network.
 *
 * <p>Export: the network itself is an organization with classification {@code network}; each participating
 * organization is an organization whose classification is its type; each period a membership was active is a Popolo
 * membership of the organization in the network ({@code member} of {@code @type} Organization), with
 * {@code start_date}, {@code end_date} (the last day) and {@code role}; each board seat is a post with a membership of
 * its representative on behalf of its organization; each event is an event. Names are in English where there is
 * English, with the other languages as {@code other_names} whose {@code note} is the language tag.
 *
 * @since 0.1.0
 */
public final class Popolo {
    /** The classification of the organization that stands for the network itself. */
    public static final String NETWORK_CLASSIFICATION = "network";

    private final JsonMapper mapper;

    /**
     * Creates the interchange over a mapper.
     *
     * @param mapper a mapper of {@link NetworkJson#mapper(JsonOptions)}
     */
    public Popolo(JsonMapper mapper) {
        this.mapper = requireNonNull(mapper, "mapper");
    }

    /**
     * Writes a network as Popolo JSON, one record at a time. The stream is flushed, not closed.
     *
     * @param graph the network
     * @param out where to write
     */
    public void write(NetworkGraph graph, OutputStream out) {
        String networkId = graph.network().id().value();
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayPropertyStart("organizations");
            Map<String, Object> network = named(graph.network().name());
            network.put("id", networkId);
            graph.network().acronym().ifPresent(a -> addOtherName(network, a, "acronym"));
            network.put("classification", NETWORK_CLASSIFICATION);
            graph.network().founded().ifPresent(y -> network.put("founding_date", y.toString()));
            graph.network()
                    .website()
                    .ifPresent(w -> network.put("links", List.of(Map.of("url", w, "note", "website"))));
            mapper.writeValue(g, network);
            for (Organization o : graph.organizations()) {
                mapper.writeValue(g, organization(o));
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("memberships");
            for (Membership m : graph.memberships()) {
                int n = 0;
                for (Period period : m.activePeriods()) {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("id", m.id().value() + (n++ == 0 ? "" : "-" + n));
                    map.put("organization_id", networkId);
                    map.put(
                            "member",
                            Map.of(
                                    "@type",
                                    "Organization",
                                    "id",
                                    m.organization().value()));
                    map.put("role", m.role().name().toLowerCase(Locale.ROOT));
                    dates(map, period.start(), period.end());
                    mapper.writeValue(g, map);
                }
            }
            for (BoardSeat seat : graph.board().seats()) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("id", seat.id().value() + "-holder");
                map.put("post_id", seat.id().value());
                map.put("organization_id", networkId);
                seat.representative().ifPresent(p -> map.put("person_id", p.value()));
                map.put("on_behalf_of_id", seat.organization().value());
                dates(map, seat.term().start(), seat.term().end());
                mapper.writeValue(g, map);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("posts");
            for (BoardSeat seat : graph.board().seats()) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("id", seat.id().value());
                map.put("label", seat.chair() ? "Chair of the board" : "Board member");
                map.put("role", seat.chair() ? "chair" : "board member");
                map.put("organization_id", networkId);
                dates(map, seat.term().start(), seat.term().end());
                mapper.writeValue(g, map);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("events");
            for (Event e : graph.events()) {
                Map<String, Object> map = named(e.name());
                map.put("id", e.id().value());
                map.put("classification", e.kind().name().toLowerCase(Locale.ROOT));
                map.put("organization_id", networkId);
                map.put(
                        "location",
                        e.place().venue().map(v -> v + ", ").orElse("")
                                + e.place().city() + ", " + e.place().country());
                dates(map, e.dates().start(), e.dates().end());
                mapper.writeValue(g, map);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * Brings the organizations of a Popolo document, and their memberships in the network, into a network. A
     * membership becomes active on its {@code start_date} and withdrawn the day after its {@code end_date}.
     * Organizations already in the network are replaced by the document's; the organization that stands for the
     * network is not brought in. The result is not validated: validate it before registering it.
     *
     * @param network the network to bring them into
     * @param in the Popolo document; not closed
     * @return the network with the organizations and memberships added; never null
     * @throws NetworkCodecException if the document is not Popolo JSON as described
     */
    public NetworkGraph merge(NetworkGraph network, InputStream in) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JacksonException e) {
            throw new NetworkCodecException(List.of(new CodecProblem(
                    "",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                    "Syntax",
                    e.getOriginalMessage())));
        }
        List<CodecProblem> problems = new ArrayList<>();
        Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
        network.organizations().forEach(o -> organizations.put(o.id(), o));
        JsonNode list = root.path("organizations");
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            if (NETWORK_CLASSIFICATION.equals(o.path("classification").asString(""))
                    || network.network().id().value().equals(o.path("id").asString(""))) {
                continue;
            }
            try {
                Organization organization = organization(o);
                organizations.put(organization.id(), organization);
            } catch (RuntimeException e) {
                problems.add(new CodecProblem("/organizations/" + i, 0, 0, "Popolo", String.valueOf(e.getMessage())));
            }
        }
        List<Membership> memberships = new ArrayList<>(network.memberships());
        JsonNode ms = root.path("memberships");
        for (int i = 0; i < ms.size(); i++) {
            JsonNode m = ms.get(i);
            if (!network.network().id().value().equals(m.path("organization_id").asString(""))
                    || !"Organization".equals(m.path("member").path("@type").asString(""))) {
                continue;
            }
            try {
                LocalDate start = LocalDate.parse(m.path("start_date").asString());
                List<StatusChange> history = new ArrayList<>(List.of(StatusChange.of(MembershipStatus.ACTIVE, start)));
                if (m.hasNonNull("end_date")) {
                    history.add(StatusChange.of(
                            MembershipStatus.WITHDRAWN,
                            LocalDate.parse(m.path("end_date").asString()).plusDays(1)));
                }
                memberships.add(new Membership(
                        MembershipId.of(m.path("id").asString()),
                        network.network().id(),
                        OrganizationId.of(m.path("member").path("id").asString()),
                        role(m.path("role").asString("participant")),
                        Optional.empty(),
                        history,
                        0));
            } catch (RuntimeException e) {
                problems.add(new CodecProblem("/memberships/" + i, 0, 0, "Popolo", String.valueOf(e.getMessage())));
            }
        }
        if (!problems.isEmpty()) {
            throw new NetworkCodecException(problems);
        }
        return new NetworkGraph(
                network.network(),
                List.copyOf(organizations.values()),
                network.persons(),
                memberships,
                network.board(),
                network.secretariat(),
                network.partners(),
                network.activities(),
                network.events(),
                network.declarations(),
                network.subscriptions());
    }

    private static MembershipRole role(String text) {
        for (MembershipRole role : MembershipRole.values()) {
            if (role.name().equalsIgnoreCase(text)) {
                return role;
            }
        }
        return MembershipRole.PARTICIPANT;
    }

    private static Map<String, Object> organization(Organization o) {
        Map<String, Object> map = named(o.name());
        map.put("id", o.id().value());
        o.acronym().ifPresent(a -> addOtherName(map, a, "acronym"));
        o.otherNames().forEach(n -> addOtherName(map, n, "other name"));
        map.put("classification", o.type().name());
        if (!o.identifiers().isEmpty()) {
            map.put(
                    "identifiers",
                    o.identifiers().stream()
                            .map(i -> Map.of("scheme", i.scheme(), "identifier", i.value()))
                            .toList());
        }
        o.website().ifPresent(w -> map.put("links", List.of(Map.of("url", w, "note", "website"))));
        if (!o.contactDetails().isEmpty()) {
            map.put(
                    "contact_details",
                    o.contactDetails().stream()
                            .map(c -> {
                                Map<String, String> d = new LinkedHashMap<>();
                                d.put("type", c.type().name().toLowerCase(Locale.ROOT));
                                d.put("value", c.value());
                                c.label().ifPresent(l -> d.put("label", l));
                                return d;
                            })
                            .toList());
        }
        o.country().ifPresent(c -> map.put("area_id", "iso3166-1:" + c));
        return map;
    }

    private static Organization organization(JsonNode o) {
        Map<String, String> names = new LinkedHashMap<>();
        String english = o.path("name").asString();
        List<String> otherNames = new ArrayList<>();
        String acronym = null;
        for (JsonNode other : o.path("other_names")) {
            String note = other.path("note").asString("");
            String name = other.path("name").asString();
            if (note.equals("acronym")) {
                acronym = name;
            } else if (note.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*")) {
                names.put(note, name);
            } else {
                otherNames.add(name);
            }
        }
        names.put("en", english);
        OrganizationBuilder b = Organization.builder(
                OrganizationId.of(o.path("id").asString()), new LocalizedText(names), type(o.path("classification")));
        if (acronym != null) {
            b.acronym(acronym);
        }
        b.otherNames(otherNames.toArray(String[]::new));
        for (JsonNode id : o.path("identifiers")) {
            b.identifier(Identifier.of(
                    id.path("scheme").asString(), id.path("identifier").asString()));
        }
        for (JsonNode link : o.path("links")) {
            if ("website".equals(link.path("note").asString(""))) {
                b.website(link.path("url").asString());
            }
        }
        for (JsonNode c : o.path("contact_details")) {
            b.contactDetail(new ContactDetail(
                    ContactType.valueOf(c.path("type").asString().toUpperCase(Locale.ROOT)),
                    c.path("value").asString(),
                    Optional.ofNullable(c.path("label").asString(null))));
        }
        String area = o.path("area_id").asString("");
        if (area.startsWith("iso3166-1:")) {
            b.country(area.substring("iso3166-1:".length()));
        }
        return b.build();
    }

    private static OrganizationType type(JsonNode classification) {
        String text = classification.asString("");
        for (OrganizationType type : OrganizationType.values()) {
            if (type.name().equalsIgnoreCase(text)) {
                return type;
            }
        }
        return OrganizationType.OTHER;
    }

    private static Map<String, Object> named(LocalizedText name) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name.resolve(Locale.ENGLISH));
        String shown = name.resolve(Locale.ENGLISH);
        name.values().forEach((tag, text) -> {
            if (!text.equals(shown)) {
                addOtherName(map, text, tag);
            }
        });
        return map;
    }

    @SuppressWarnings("unchecked")
    private static void addOtherName(Map<String, Object> map, String name, String note) {
        ((List<Map<String, String>>) map.computeIfAbsent("other_names", k -> new ArrayList<Map<String, String>>()))
                .add(Map.of("name", name, "note", note));
    }

    private static void dates(Map<String, Object> map, LocalDate start, Optional<LocalDate> end) {
        map.put("start_date", start.toString());
        end.ifPresent(e -> map.put("end_date", e.toString()));
    }
}
