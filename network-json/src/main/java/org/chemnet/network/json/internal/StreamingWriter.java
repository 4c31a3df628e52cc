package org.chemnet.network.json.internal;

import java.io.OutputStream;
import java.util.List;
import org.chemnet.network.NetworkGraph;
import org.chemnet.network.activity.Activity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a network in the native format, one record at a time, so that memory holds one record of output, not the
 * document. Not part of the API.
 */
public final class StreamingWriter {
    private final JsonMapper mapper;

    /**
     * Creates a writer.
     *
     * @param mapper the configured mapper
     */
    public StreamingWriter(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Writes a network. The stream is flushed, not closed.
     *
     * @param graph the network
     * @param out where to
     */
    public void write(NetworkGraph graph, OutputStream out) {
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("format", Sections.FORMAT);
            g.writeNumberProperty("version", Sections.VERSION);
            g.writeName("network");
            mapper.writeValue(g, graph.network());
            array(g, "organizations", graph.organizations());
            array(g, "persons", graph.persons());
            array(g, "memberships", graph.memberships());
            g.writeName("board");
            mapper.writeValue(g, graph.board());
            if (graph.secretariat().isPresent()) {
                g.writeName("secretariat");
                mapper.writeValue(g, graph.secretariat().get());
            }
            array(g, "partners", graph.partners());
            g.writeArrayPropertyStart("activities");
            ObjectWriter activities = mapper.writerFor(Activity.class);
            for (Activity activity : graph.activities()) {
                activities.writeValue(g, activity);
            }
            g.writeEndArray();
            array(g, "events", graph.events());
            array(g, "declarations", graph.declarations());
            array(g, "subscriptions", graph.subscriptions());
            g.writeEndObject();
        }
    }

    private void array(JsonGenerator g, String name, List<?> records) {
        g.writeArrayPropertyStart(name);
        for (Object record : records) {
            mapper.writeValue(g, record);
        }
        g.writeEndArray();
    }
}
