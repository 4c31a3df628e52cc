package org.chemnet.network.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.OutputStream;
import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.decision.BoardRules;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a network in the native format as its records come (from a graph, or streamed from a store), so that memory
 * holds one record of output, not the document. Every section up to {@code subscriptions} is written, an empty one
 * as an empty array; the secretariat, the board's rules and the sections since 0.5.0 (affiliations to votes) only if
 * there are any, so that a network without them reads in readers before 0.5.0. The document starts with the network, and ends, flushed but not closed, with
 * {@link #end()}. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class StreamingWriter implements NetworkExport {
    private static final List<String> ORDER = List.of(
            "organizations",
            "persons",
            "memberships",
            "board",
            "secretariat",
            "partners",
            "activities",
            "events",
            "declarations",
            "subscriptions",
            "affiliations",
            "eventSeries",
            "registrationRules",
            "registrations",
            "boardRules",
            "motions",
            "votes");

    /** The first section of 0.5.0: from it on, an empty section is left out, so that older readers read the rest. */
    private static final int FIRST_SINCE_0_5 = ORDER.indexOf("affiliations");

    private final JsonMapper mapper;
    private final ObjectWriter activities;
    private final OutputStream out;
    private JsonGenerator g;
    private int position = -1;
    private boolean inArray;

    /**
     * Creates a writer.
     *
     * @param mapper the configured mapper
     * @param out where to write; nothing is written before the network comes
     */
    public StreamingWriter(JsonMapper mapper, OutputStream out) {
        this.mapper = mapper;
        this.activities = mapper.writerFor(Activity.class);
        this.out = out;
    }

    @Override
    public void network(Network network) {
        if (g != null) {
            throw new IllegalStateException("the network is written already");
        }
        // the caller's stream is flushed at the end, never closed
        g = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out);
        g.writeStartObject();
        g.writeStringProperty("format", Sections.FORMAT);
        g.writeNumberProperty("version", Sections.VERSION);
        g.writeName("network");
        mapper.writeValue(g, network);
    }

    @Override
    public void organization(Organization organization) {
        record("organizations", organization);
    }

    @Override
    public void person(Person person) {
        record("persons", person);
    }

    @Override
    public void membership(Membership membership) {
        record("memberships", membership);
    }

    @Override
    public void board(Board board) {
        one("board", board);
    }

    @Override
    public void secretariat(Secretariat secretariat) {
        one("secretariat", secretariat);
    }

    @Override
    public void partner(Partner partner) {
        record("partners", partner);
    }

    @Override
    public void activity(Activity activity) {
        moveTo("activities");
        activities.writeValue(g, activity);
    }

    @Override
    public void event(Event event) {
        record("events", event);
    }

    @Override
    public void declaration(Declaration declaration) {
        record("declarations", declaration);
    }

    @Override
    public void subscription(Subscription subscription) {
        record("subscriptions", subscription);
    }

    @Override
    public void affiliation(Affiliation affiliation) {
        record("affiliations", affiliation);
    }

    @Override
    public void eventSeries(EventSeries series) {
        record("eventSeries", series);
    }

    @Override
    public void registrationRules(RegistrationRules rules) {
        record("registrationRules", rules);
    }

    @Override
    public void registration(Registration registration) {
        record("registrations", registration);
    }

    @Override
    public void boardRules(BoardRules rules) {
        one("boardRules", rules);
    }

    @Override
    public void motion(Motion motion) {
        record("motions", motion);
    }

    @Override
    public void vote(Vote vote) {
        record("votes", vote);
    }

    @Override
    public void end() {
        moveTo(ORDER.size());
        g.writeEndObject();
        g.close();
    }

    private void record(String section, Object value) {
        moveTo(section);
        mapper.writeValue(g, value);
    }

    private void one(String section, Object value) {
        moveTo(section);
        g.writeName(section);
        mapper.writeValue(g, value);
    }

    private void moveTo(String section) {
        int target = ORDER.indexOf(section);
        if (target != position) {
            moveTo(target);
        }
    }

    /** Ends the section under way and writes the empty arrays of those between it and the target. */
    private void moveTo(int target) {
        if (g == null) {
            throw new IllegalStateException("the network comes first");
        }
        if (target < position) {
            throw new IllegalStateException("section " + ORDER.get(target) + " comes before " + ORDER.get(position));
        }
        if (inArray) {
            g.writeEndArray();
            inArray = false;
        }
        for (int i = position + 1; i < target; i++) {
            if (isArray(i) && i < FIRST_SINCE_0_5) {
                g.writeArrayPropertyStart(ORDER.get(i));
                g.writeEndArray();
            }
        }
        position = target;
        if (target < ORDER.size() && isArray(target)) {
            g.writeArrayPropertyStart(ORDER.get(target));
            inArray = true;
        }
    }

    private static boolean isArray(int section) {
        String name = ORDER.get(section);
        return !name.equals("board") && !name.equals("secretariat") && !name.equals("boardRules");
    }
}
