package org.chemnet.network.json;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.json.internal.PopoloWriter;
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
 * <p>The export streams: {@link #writer(OutputStream)} writes each record as it comes, so that a stored network is
 * exported from the store section by section in bounded memory ({@link NetworkJson#exportPopolo}), and
 * {@link #write(NetworkGraph, OutputStream)} hands a graph to the same writer, so that both give the same document.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class Popolo {
    private static final java.util.regex.Pattern FORMER_NAME = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(PopoloWriter.FORMER_NAME) + " \\(([a-zA-Z]{2,3}(?:-[A-Za-z0-9]+)*)\\)");

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
     * Writes a network as Popolo JSON, one record at a time, through {@link #writer(OutputStream)}: the same document
     * a stored network's streamed export gives. The stream is flushed, not closed.
     *
     * @param graph the network
     * @param out where to write
     */
    public void write(NetworkGraph graph, OutputStream out) {
        requireNonNull(graph, "graph");
        graph.exportTo(writer(out));
    }

    /**
     * A writer of Popolo JSON that writes each record as it is handed over, for
     * {@link org.chemnet.network.graph.Networks#export(org.chemnet.network.kernel.NetworkId, NetworkExport)} or
     * {@link NetworkGraph#exportTo}, so that memory holds a record, not the network: the sections of an export come
     * in the order of the Popolo document (organizations, memberships, the board's holders and posts, events), and
     * nothing of an earlier one is kept. The document is complete and flushed when the export ends.
     *
     * @param out where to write
     * @return the writer; never null
     * @since 0.3.0
     */
    public NetworkExport writer(OutputStream out) {
        return new PopoloWriter(mapper, requireNonNull(out, "out"));
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

    private static Organization organization(JsonNode o) {
        Map<String, String> names = new LinkedHashMap<>();
        String english = o.path("name").asString();
        List<String> otherNames = new ArrayList<>();
        String acronym = null;
        Map<LocalDate, Map<String, String>> former = new TreeMap<>();
        for (JsonNode other : o.path("other_names")) {
            String note = other.path("note").asString("");
            String name = other.path("name").asString();
            java.util.regex.Matcher formerName = FORMER_NAME.matcher(note);
            if (formerName.matches() && other.hasNonNull("end_date")) {
                former.computeIfAbsent(LocalDate.parse(other.path("end_date").asString()), d -> new LinkedHashMap<>())
                        .put(formerName.group(1), name);
            } else if (note.equals("acronym")) {
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
        former.forEach((lastDay, texts) -> b.formerName(new LocalizedText(texts), lastDay));
        if (o.hasNonNull("dissolution_date")) {
            b.dissolved(LocalDate.parse(o.path("dissolution_date").asString()));
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
}
