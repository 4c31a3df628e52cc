package org.chemnet.network.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.json.NetworkJson;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a network from JSON: ours ({@link NetworkJson#read}: binding every record and validating the whole
 * network) against the limit, Jackson 3 streaming parsed by hand into plain records that hold the same organizations
 * and memberships, with no validation. The gap between the two is what binding and validation cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonImportBenchmark {
    @Param("100000")
    public int organizations;

    byte[] document;
    NetworkJson json;
    JsonMapper plain;
    private NetworkValidator validator;

    /** A plain organization, as a user would declare it. */
    record PlainOrganization(String id, String nameEn, String nameJa, String type, String country, String website) {}

    /** A plain membership with its history flattened to statuses and days. */
    record PlainMembership(String id, String organization, List<String> statuses, List<LocalDate> days) {}

    /** Writes the document once. */
    @Setup(Level.Trial)
    public void setUp() {
        NetworkGraph graph = RandomNetworks.graph(2026, organizations);
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
        plain = JsonMapper.builder().build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(graph, out);
        document = out.toByteArray();
    }

    /** Releases the validator. */
    @TearDown(Level.Trial)
    public void tearDown() {
        validator.close();
    }

    /**
     * Ours: the whole network, bound and validated.
     *
     * @return how many organizations were read
     */
    @Benchmark
    public int ours() {
        return json.read(new ByteArrayInputStream(document)).organizations().size();
    }

    /**
     * The limit: organizations and memberships parsed by hand with Jackson's streaming parser, the rest skipped.
     *
     * @return how many organizations were read
     */
    @Benchmark
    public int handWrittenJackson() {
        List<PlainOrganization> orgs = new ArrayList<>();
        List<PlainMembership> memberships = new ArrayList<>();
        try (JsonParser p = plain.createParser(new ByteArrayInputStream(document))) {
            p.nextToken();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String section = p.currentName();
                p.nextToken();
                if (section.equals("organizations")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        orgs.add(organization(p));
                    }
                } else if (section.equals("memberships")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        memberships.add(membership(p));
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return memberships.isEmpty() ? -1 : orgs.size();
    }

    private static PlainOrganization organization(JsonParser p) {
        String id = null;
        String en = null;
        String ja = null;
        String type = null;
        String country = null;
        String website = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = p.getString();
                case "type" -> type = p.getString();
                case "country" -> country = p.getString();
                case "website" -> website = p.getString();
                case "name" -> {
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String tag = p.currentName();
                        p.nextToken();
                        if (tag.equals("en")) {
                            en = p.getString();
                        } else if (tag.equals("ja")) {
                            ja = p.getString();
                        }
                    }
                }
                default -> {
                    if (value.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
        }
        return new PlainOrganization(id, en, ja, type, country, website);
    }

    private static PlainMembership membership(JsonParser p) {
        String id = null;
        String organization = null;
        List<String> statuses = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = p.getString();
                case "organization" -> organization = p.getString();
                case "history" -> {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String field = p.currentName();
                            p.nextToken();
                            if (field.equals("status")) {
                                statuses.add(p.getString());
                            } else if (field.equals("date")) {
                                days.add(LocalDate.parse(p.getString()));
                            }
                        }
                    }
                }
                default -> {
                    if (value.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
        }
        return new PlainMembership(id, organization, List.copyOf(statuses), List.copyOf(days));
    }
}
