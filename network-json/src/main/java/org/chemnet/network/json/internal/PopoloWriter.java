package org.chemnet.network.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.json.Popolo;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.FormerName;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a network as Popolo JSON as its records come (from a graph, or streamed from a store), so that memory holds
 * one record of output, not the network: {@code organizations} (the network itself first, then each organization),
 * {@code memberships} (each active period of a membership, then the holder of each board seat), {@code posts} (the
 * board seats) and {@code events}. The sections of {@link NetworkExport} come in that order, so nothing of an earlier
 * section is kept but the network's identifier; persons, the secretariat, partners, activities, declarations and
 * subscriptions have no place in it and are passed over. Every array is written, an empty one as {@code []}. The
 * document ends, flushed, with {@link #end()}. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class PopoloWriter implements NetworkExport {
    /** Where the document is: each stage starts the array of its name, in this order. */
    private enum Stage {
        START,
        ORGANIZATIONS,
        MEMBERSHIPS,
        POSTS,
        EVENTS,
        END
    }

    private final JsonMapper mapper;
    private final OutputStream out;
    private JsonGenerator g;
    private Stage stage = Stage.START;
    private String networkId;

    /**
     * Creates a writer.
     *
     * @param mapper the configured mapper
     * @param out where to write; nothing is written before the network comes
     */
    public PopoloWriter(JsonMapper mapper, OutputStream out) {
        this.mapper = mapper;
        this.out = out;
    }

    @Override
    public void network(Network network) {
        if (g != null) {
            throw new IllegalStateException("the network is written already");
        }
        networkId = network.id().value();
        // the caller's stream is flushed at the end, never closed
        g = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out);
        g.writeStartObject();
        moveTo(Stage.ORGANIZATIONS);
        mapper.writeValue(g, popoloNetwork(network, networkId));
    }

    @Override
    public void organization(Organization organization) {
        moveTo(Stage.ORGANIZATIONS);
        mapper.writeValue(g, popoloOrganization(organization));
    }

    @Override
    public void person(Person person) {
        requireNetwork();
    }

    @Override
    public void membership(Membership m) {
        moveTo(Stage.MEMBERSHIPS);
        int n = 0;
        for (Period period : m.activePeriods()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", m.id().value() + (n++ == 0 ? "" : "-" + n));
            map.put("organization_id", networkId);
            map.put(
                    "member",
                    Map.of("@type", "Organization", "id", m.organization().value()));
            map.put("role", m.role().name().toLowerCase(Locale.ROOT));
            dates(map, period.start(), period.end());
            mapper.writeValue(g, map);
        }
    }

    /** The holders of the seats end the memberships; the seats themselves are the posts. */
    @Override
    public void board(Board board) {
        moveTo(Stage.MEMBERSHIPS);
        for (BoardSeat seat : board.seats()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", seat.id().value() + "-holder");
            map.put("post_id", seat.id().value());
            map.put("organization_id", networkId);
            seat.representative().ifPresent(p -> map.put("person_id", p.value()));
            map.put("on_behalf_of_id", seat.organization().value());
            dates(map, seat.term().start(), seat.term().end());
            mapper.writeValue(g, map);
        }
        moveTo(Stage.POSTS);
        for (BoardSeat seat : board.seats()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", seat.id().value());
            map.put("label", seat.chair() ? "Chair of the board" : "Board member");
            map.put("role", seat.chair() ? "chair" : "board member");
            map.put("organization_id", networkId);
            dates(map, seat.term().start(), seat.term().end());
            mapper.writeValue(g, map);
        }
    }

    @Override
    public void secretariat(Secretariat secretariat) {
        requireNetwork();
    }

    @Override
    public void partner(Partner partner) {
        requireNetwork();
    }

    @Override
    public void activity(Activity activity) {
        requireNetwork();
    }

    @Override
    public void event(Event e) {
        moveTo(Stage.EVENTS);
        Map<String, Object> map = named(e.name());
        map.put("id", e.id().value());
        map.put("classification", e.kind().name().toLowerCase(Locale.ROOT));
        map.put("organization_id", networkId);
        map.put(
                "location",
                e.place().venue().map(v -> v + ", ").orElse("") + e.place().city() + ", "
                        + e.place().country());
        dates(map, e.dates().start(), e.dates().end());
        mapper.writeValue(g, map);
    }

    @Override
    public void declaration(Declaration declaration) {
        requireNetwork();
    }

    @Override
    public void subscription(Subscription subscription) {
        requireNetwork();
    }

    @Override
    public void end() {
        moveTo(Stage.END);
        g.writeEndObject();
        g.close();
    }

    // ---------------------------------------------------------------- the mapping of organizations

    /**
     * The network itself as a Popolo organization of classification {@value Popolo#NETWORK_CLASSIFICATION}.
     *
     * @param network the network
     * @param id its identifier
     * @return the organization's properties, in order
     */
    private static Map<String, Object> popoloNetwork(Network network, String id) {
        Map<String, Object> map = named(network.name());
        map.put("id", id);
        network.acronym().ifPresent(a -> addOtherName(map, a, "acronym"));
        map.put("classification", Popolo.NETWORK_CLASSIFICATION);
        network.founded().ifPresent(y -> map.put("founding_date", y.toString()));
        network.website().ifPresent(w -> map.put("links", List.of(Map.of("url", w, "note", "website"))));
        return map;
    }

    /**
     * An organization as a Popolo organization: its name in English (its other languages, acronym and other names
     * as {@code other_names}), its type as {@code classification}, identifiers, website, contact details and country.
     * The one place where organizations are mapped.
     *
     * @param o the organization
     * @return the organization's properties, in order
     */
    /** The note of a former name among the other names, followed by its language in parentheses. */
    public static final String FORMER_NAME = "former name";

    static Map<String, Object> popoloOrganization(Organization o) {
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
        formerNames(map, o);
        o.dissolved().ifPresent(d -> map.put("dissolution_date", d.toString()));
        return map;
    }

    /**
     * The former names as other names with the days they were held: one per language, noted {@code former name (ja)},
     * from the day after the one before (where known) to the last day.
     */
    @SuppressWarnings("unchecked")
    private static void formerNames(Map<String, Object> map, Organization o) {
        Optional<LocalDate> start = Optional.empty();
        for (FormerName former : o.formerNames()) {
            for (Map.Entry<String, String> text : former.name().values().entrySet()) {
                Map<String, String> name = new LinkedHashMap<>();
                name.put("name", text.getValue());
                name.put("note", FORMER_NAME + " (" + text.getKey() + ")");
                start.ifPresent(day -> name.put("start_date", day.toString()));
                name.put("end_date", former.lastDay().toString());
                ((List<Map<String, String>>)
                                map.computeIfAbsent("other_names", k -> new ArrayList<Map<String, String>>()))
                        .add(name);
            }
            start = Optional.of(former.lastDay().plusDays(1));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> named(LocalizedText name) {
        Map<String, Object> map = new LinkedHashMap<>();
        String shown = name.resolve(Locale.ENGLISH);
        map.put("name", shown);
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

    private void requireNetwork() {
        if (g == null) {
            throw new IllegalStateException("the network comes first");
        }
    }

    /** Ends the array under way and writes the empty arrays of the stages between it and the target. */
    private void moveTo(Stage target) {
        requireNetwork();
        if (target == stage) {
            return;
        }
        if (target.compareTo(stage) < 0) {
            throw new IllegalStateException(target + " comes before " + stage + " in a Popolo document");
        }
        if (stage != Stage.START) {
            g.writeEndArray();
        }
        for (Stage s : Stage.values()) {
            if (s.compareTo(stage) > 0 && s.compareTo(target) < 0) {
                g.writeArrayPropertyStart(name(s));
                g.writeEndArray();
            }
        }
        stage = target;
        if (target != Stage.END) {
            g.writeArrayPropertyStart(name(target));
        }
    }

    private static String name(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }
}
