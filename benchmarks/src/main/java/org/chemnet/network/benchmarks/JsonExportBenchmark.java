package org.chemnet.network.benchmarks;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.json.NetworkJson;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.validation.NetworkValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exporting a network to JSON: ours ({@link NetworkJson#write}) against the limit, Jackson 3 streaming written by
 * hand over the same values, property by property. Both write to a stream that counts and discards bytes, so the
 * figures are the serializers' alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonExportBenchmark {
    @Param("100000")
    public int organizations;

    NetworkGraph graph;
    NetworkJson json;
    JsonMapper plain;
    private NetworkValidator validator;

    /** Builds the network once. */
    @Setup(Level.Trial)
    public void setUp() {
        graph = RandomNetworks.graph(2026, organizations);
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
        plain = JsonMapper.builder().build();
    }

    /** Releases the validator. */
    @TearDown(Level.Trial)
    public void tearDown() {
        validator.close();
    }

    /**
     * Ours: the whole network in the documented format.
     *
     * @return the bytes written
     */
    @Benchmark
    public long ours() {
        CountingStream out = new CountingStream();
        json.write(graph, out);
        return out.count;
    }

    /**
     * The limit: organizations and memberships written by hand with Jackson's streaming generator, with the same
     * properties ours writes for them.
     *
     * @return the bytes written
     */
    @Benchmark
    public long handWrittenJackson() {
        CountingStream out = new CountingStream();
        try (JsonGenerator g = plain.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayPropertyStart("organizations");
            for (Organization o : graph.organizations()) {
                g.writeStartObject();
                g.writeStringProperty("id", o.id().value());
                g.writeObjectPropertyStart("name");
                for (var e : o.name().values().entrySet()) {
                    g.writeStringProperty(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeArrayPropertyStart("otherNames");
                for (String n : o.otherNames()) {
                    g.writeString(n);
                }
                g.writeEndArray();
                if (o.acronym().isPresent()) {
                    g.writeStringProperty("acronym", o.acronym().get());
                }
                g.writeStringProperty("type", o.type().name());
                if (o.community().isPresent()) {
                    g.writeStringProperty("community", o.community().get().name());
                }
                if (o.country().isPresent()) {
                    g.writeStringProperty("country", o.country().get());
                }
                if (o.website().isPresent()) {
                    g.writeStringProperty("website", o.website().get());
                }
                if (o.size().isPresent()) {
                    g.writeStringProperty("size", o.size().get().name());
                }
                g.writeArrayPropertyStart("supplyChainPositions");
                for (var p : o.supplyChainPositions()) {
                    g.writeString(p.name());
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("sectors");
                for (String s : o.sectors()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("identifiers");
                for (var i : o.identifiers()) {
                    g.writeStartObject();
                    g.writeStringProperty("scheme", i.scheme());
                    g.writeStringProperty("value", i.value());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("contactDetails");
                for (var c : o.contactDetails()) {
                    g.writeStartObject();
                    g.writeStringProperty("type", c.type().name());
                    g.writeStringProperty("value", c.value());
                    if (c.label().isPresent()) {
                        g.writeStringProperty("label", c.label().get());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("memberships");
            for (Membership m : graph.memberships()) {
                g.writeStartObject();
                g.writeStringProperty("id", m.id().value());
                g.writeStringProperty("network", m.network().value());
                g.writeStringProperty("organization", m.organization().value());
                g.writeStringProperty("role", m.role().name());
                if (m.contact().isPresent()) {
                    g.writeStringProperty("contact", m.contact().get().value());
                }
                g.writeArrayPropertyStart("history");
                for (StatusChange c : m.history()) {
                    g.writeStartObject();
                    g.writeStringProperty("status", c.status().name());
                    g.writeStringProperty("date", c.date().toString());
                    if (c.reason().isPresent()) {
                        g.writeStringProperty("reason", c.reason().get());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeNumberProperty("version", m.version());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.count;
    }

    /** Counts the bytes written to it and keeps none. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
