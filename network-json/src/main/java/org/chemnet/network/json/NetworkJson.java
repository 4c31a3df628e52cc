package org.chemnet.network.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chemnet.network.Network;
import org.chemnet.network.NetworkException;
import org.chemnet.network.NetworkGraph;
import org.chemnet.network.NetworkGraphBuilder;
import org.chemnet.network.NetworkId;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.json.internal.Pointers;
import org.chemnet.network.json.internal.StreamingReader;
import org.chemnet.network.json.internal.StreamingWriter;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.validation.NetworkValidator;
import org.chemnet.network.validation.Violation;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documented JSON format of a network (docs/json-format.md, with its JSON Schema in this jar at
 * {@value #SCHEMA}): write a network, read one back, check a document, and import a document of any size into a
 * store.
 *
 * <p>Reading reports every problem at once, each with its JSON Pointer, line and column and rule
 * ({@link NetworkCodecException}). Hostile input is refused cleanly: bytes that are not JSON, duplicate keys, strings,
 * numbers, nesting or documents past the limits of {@link JsonOptions} end in {@link NetworkCodecException}, never in a
 * stack overflow or an out-of-memory.
 *
 * <p>An instance is thread-safe.
 *
 * @since 0.1.0
 */
public final class NetworkJson {
    /** Where the JSON Schema (draft 2020-12) of the format is, on the class path. */
    public static final String SCHEMA = "/org/chemnet/network/json/network.schema.json";

    private final JsonMapper mapper;
    private final NetworkValidator validator;
    private final JsonOptions options;

    private NetworkJson(NetworkValidator validator, JsonOptions options) {
        this.validator = requireNonNull(validator, "validator");
        this.options = requireNonNull(options, "options");
        this.mapper = mapper(options);
    }

    /**
     * The format with the default options, validating with the given validator.
     *
     * @param validator the validator
     * @return the format; never null
     */
    public static NetworkJson create(NetworkValidator validator) {
        return new NetworkJson(validator, JsonOptions.defaults());
    }

    /**
     * The format with options.
     *
     * @param validator the validator
     * @param options the strictness, limits and language
     * @return the format; never null
     */
    public static NetworkJson create(NetworkValidator validator, JsonOptions options) {
        return new NetworkJson(validator, options);
    }

    /**
     * A mapper configured as the format reads and writes: the chemnet module, absent optional values left out, missing
     * arrays read as empty ones, duplicate keys refused, and the limits of the options.
     *
     * @param options the strictness and limits
     * @return a new mapper; never null
     */
    public static JsonMapper mapper(JsonOptions options) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(options.maxNestingDepth())
                .maxStringLength(options.maxStringLength())
                .maxNumberLength(options.maxNumberLength())
                .maxNameLength(1_000)
                .maxDocumentLength(options.maxDocumentLength() == 0 ? -1 : options.maxDocumentLength())
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory)
                .addModule(new ChemnetJacksonModule())
                .changeDefaultPropertyInclusion(i ->
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .withConfigOverride(Set.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .withConfigOverride(Map.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Jackson 3 turns this on by default; records are read one by one from one stream, so what follows
                // a record is the rest of the document, which the reader checks itself.
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        if (options.failOnUnknownProperties()) {
            builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        } else {
            builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        return builder.build();
    }

    /**
     * The mapper this format uses, for hosts that bind chemnet values inside documents of their own.
     *
     * @return the mapper; never null
     */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Writes a network, one record at a time. The stream is flushed, not closed.
     *
     * @param graph the network
     * @param out where to write
     */
    public void write(NetworkGraph graph, OutputStream out) {
        requireNonNull(graph, "graph");
        requireNonNull(out, "out");
        new StreamingWriter(mapper).write(graph, out);
    }

    /**
     * Reads a whole network into memory and validates it, with every problem reported at once.
     *
     * @param in the document; not closed
     * @return the network; never null
     * @throws NetworkCodecException with every problem, if the document is not a valid network
     */
    public NetworkGraph read(InputStream in) {
        List<CodecProblem> problems = new ArrayList<>();
        NetworkGraph graph = readGraph(in, problems);
        if (!problems.isEmpty()) {
            throw new NetworkCodecException(problems);
        }
        return graph;
    }

    /**
     * Checks a document without storing anything.
     *
     * @param in the document; not closed
     * @return every problem, in document order; empty if the document is a valid network; never null
     */
    public List<CodecProblem> check(InputStream in) {
        List<CodecProblem> problems = new ArrayList<>();
        readGraph(in, problems);
        return problems;
    }

    private NetworkGraph readGraph(InputStream in, List<CodecProblem> problems) {
        requireNonNull(in, "in");
        GraphSink sink = new GraphSink();
        StreamingReader reader = new StreamingReader(mapper, validator, options.locale(), false, true);
        reader.read(in, sink);
        problems.addAll(reader.problems());
        if (!problems.isEmpty() || sink.builder == null) {
            return null;
        }
        NetworkGraph graph = sink.builder.build();
        for (Violation v : validator.validate(graph, options.locale())) {
            String section =
                    v.path().contains("[") ? v.path().substring(0, v.path().indexOf('[')) : "";
            int index = indexOf(v.path());
            int[] at = index >= 0 ? reader.locations().of(section, index) : new int[] {0, 0};
            problems.add(new CodecProblem(Pointers.ofPath("", v.path()), at[0], at[1], v.rule(), v.message()));
        }
        return graph;
    }

    private static int indexOf(String path) {
        int open = path.indexOf('[');
        int close = path.indexOf(']');
        if (open < 0 || close < open) {
            return -1;
        }
        try {
            return Integer.parseInt(path.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Imports a document of any size into a store, streaming: records are validated one by one and stored in chunks
     * within one transaction, so that memory holds a chunk, not the document. The document's sections must come in
     * the order this format writes them (network first, organizations and persons before what refers to them).
     *
     * <p>All or nothing: with any problem nothing is stored, unless {@link JsonOptions#skipInvalidRecords()}, in which
     * case the valid records are stored and the report lists the problems of those left out.
     *
     * @param in the document; not closed
     * @param store the store
     * @return what was stored, and what was left out; never null
     * @throws NetworkCodecException with every problem, if the document is not valid and skipping was not asked for,
     *     or if it is not JSON at all
     */
    public ImportReport importInto(InputStream in, NetworkStore store) {
        requireNonNull(in, "in");
        requireNonNull(store, "store");
        return store.inTransaction(tx -> {
            StreamingReader reader =
                    new StreamingReader(mapper, validator, options.locale(), true, options.skipInvalidRecords());
            reader.read(in, new StoreSink(tx));
            List<CodecProblem> problems = reader.problems();
            boolean fatal = reader.network().isEmpty()
                    || problems.stream()
                            .anyMatch(p -> p.rule().equals("Syntax") || p.rule().equals("Limit"));
            if (!problems.isEmpty() && (fatal || !options.skipInvalidRecords())) {
                throw new NetworkCodecException(problems);
            }
            return new ImportReport(reader.network().orElseThrow(), reader.stored(), problems);
        });
    }

    /** Collects a whole graph. */
    private static final class GraphSink implements StreamingReader.Sink {
        NetworkGraphBuilder builder;
        private final List<Object> early = new ArrayList<>();

        @Override
        public void network(Network network) {
            builder = NetworkGraph.builder(network);
            early.forEach(this::add);
            early.clear();
        }

        @Override
        public void records(String section, List<?> records) {
            records.forEach(r -> {
                if (builder == null) {
                    early.add(r);
                } else {
                    add(r);
                }
            });
        }

        private void add(Object r) {
            if (r instanceof Organization o) {
                builder.organizations(o);
            } else if (r instanceof Person p) {
                builder.persons(p);
            } else if (r instanceof Membership m) {
                builder.memberships(m);
            } else if (r instanceof Partner p) {
                builder.partners(p);
            } else if (r instanceof Activity a) {
                builder.activities(a);
            } else if (r instanceof Event e) {
                builder.events(e);
            } else if (r instanceof Declaration d) {
                builder.declarations(d);
            } else if (r instanceof Subscription s) {
                builder.subscriptions(List.of(s));
            } else if (r instanceof Board b) {
                builder.board(b);
            } else if (r instanceof Secretariat s) {
                builder.secretariat(s);
            }
        }

        @Override
        public void board(Board board) {
            records("board", List.of(board));
        }

        @Override
        public void secretariat(Secretariat secretariat) {
            records("secretariat", List.of(secretariat));
        }
    }

    /** Writes records to a store within the import's transaction. */
    private static final class StoreSink implements StreamingReader.Sink {
        private final StoreTransaction tx;
        private NetworkId network;

        StoreSink(StoreTransaction tx) {
            this.tx = tx;
        }

        @Override
        public void network(Network value) {
            if (tx.networks().find(value.id()).isPresent()) {
                throw new NetworkException("network '" + value.id() + "' is stored already: an import stores a new"
                        + " network, and nothing was stored");
            }
            network = value.id();
            tx.networks().insert(value);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void records(String section, List<?> records) {
            if (network == null) {
                throw new NetworkCodecException(List.of(new CodecProblem(
                        Pointers.token(section), 0, 0, "Order", "must come after the network in a streaming import")));
            }
            switch (section) {
                case "organizations" -> tx.organizations().saveOrganizations((List<Organization>) records);
                case "persons" -> tx.organizations().savePersons((List<Person>) records);
                case "memberships" -> tx.memberships().insertAll((List<Membership>) records);
                case "partners" -> records.forEach(p -> tx.content().savePartner(network, (Partner) p));
                case "activities" -> records.forEach(a -> tx.content().saveActivity(network, (Activity) a));
                case "events" -> records.forEach(e -> tx.content().saveEvent(network, (Event) e));
                case "declarations" -> records.forEach(d -> tx.content().insertDeclaration(network, (Declaration) d));
                case "subscriptions" -> tx.subscriptions().insertAll((List<Subscription>) records);
                default -> throw new IllegalStateException("no section " + section);
            }
        }

        @Override
        public void board(Board board) {
            tx.governance().insertBoard(requireNetwork("board"), board);
        }

        @Override
        public void secretariat(Secretariat secretariat) {
            tx.governance().saveSecretariat(requireNetwork("secretariat"), secretariat, 0);
        }

        private NetworkId requireNetwork(String section) {
            if (network == null) {
                throw new NetworkCodecException(List.of(new CodecProblem(
                        Pointers.token(section), 0, 0, "Order", "must come after the network in a streaming import")));
            }
            return network;
        }
    }
}
