package org.chemnet.network.json;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.NetworkRuntime;
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
import org.chemnet.network.graph.ImportOptions;
import org.chemnet.network.graph.ImportSummary;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.graph.NetworkGraphBuilder;
import org.chemnet.network.graph.NetworkImport;
import org.chemnet.network.graph.RefusedRecord;
import org.chemnet.network.json.internal.Pointers;
import org.chemnet.network.json.internal.PopoloWriter;
import org.chemnet.network.json.internal.Problems;
import org.chemnet.network.json.internal.StreamingReader;
import org.chemnet.network.json.internal.StreamingWriter;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.validation.NetworkValidationException;
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
@API(status = STABLE, since = "0.1.0")
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
        graph.exportTo(new StreamingWriter(mapper, out));
    }

    /**
     * Writes a stored network, streaming: the runtime reads the store section by section
     * ({@link org.chemnet.network.graph.Networks#export(NetworkId, NetworkExport)}) and each record is written as it is
     * read, so that memory holds a record, not the network. The stream is flushed, not closed; nothing is written if
     * the network is not stored.
     *
     * @param runtime the runtime whose store holds the network
     * @param id the network
     * @param out where to write
     * @throws org.chemnet.network.kernel.NotFoundException if the network is not stored
     * @since 0.3.0
     */
    public void export(NetworkRuntime runtime, NetworkId id, OutputStream out) {
        requireNonNull(runtime, "runtime");
        requireNonNull(id, "id");
        requireNonNull(out, "out");
        runtime.networks().export(id, writer(out));
    }

    /**
     * A writer of the format that writes each record as it is handed over, for
     * {@link org.chemnet.network.graph.Networks#export(NetworkId, NetworkExport)} or {@link NetworkGraph#exportTo}: the
     * document starts with the network and is complete, flushed and not closed, when the export ends.
     *
     * @param out where to write
     * @return the writer; never null
     * @since 0.3.0
     */
    public NetworkExport writer(OutputStream out) {
        return new StreamingWriter(mapper, requireNonNull(out, "out"));
    }

    /**
     * Writes a stored network as Popolo JSON ({@link Popolo}), streaming as {@link #export(NetworkRuntime, NetworkId,
     * OutputStream)} does: the runtime reads the store section by section and each record is written as it is read,
     * so that memory holds a record, not the network. The document is the one {@link Popolo#write} gives for the
     * network's graph. The stream is flushed, not closed; nothing is written if the network is not stored.
     *
     * @param runtime the runtime whose store holds the network
     * @param id the network
     * @param out where to write
     * @throws org.chemnet.network.kernel.NotFoundException if the network is not stored
     * @since 0.3.0
     */
    public void exportPopolo(NetworkRuntime runtime, NetworkId id, OutputStream out) {
        requireNonNull(runtime, "runtime");
        requireNonNull(id, "id");
        requireNonNull(out, "out");
        runtime.networks().export(id, popoloWriter(out));
    }

    /**
     * A writer of Popolo JSON with this format's mapper that writes each record as it is handed over: see
     * {@link Popolo#writer(OutputStream)}.
     *
     * @param out where to write
     * @return the writer; never null
     * @since 0.3.0
     */
    public NetworkExport popoloWriter(OutputStream out) {
        return new PopoloWriter(mapper, requireNonNull(out, "out"));
    }

    /**
     * Reads a whole network into memory and validates it, with every problem reported at once (up to
     * {@link JsonOptions#maxProblems()}).
     *
     * @param in the document; not closed
     * @return the network; never null
     * @throws NetworkCodecException with every problem, if the document is not a valid network
     */
    public NetworkGraph read(InputStream in) {
        Problems problems = new Problems(options.maxProblems());
        NetworkGraph graph = readGraph(in, problems);
        if (problems.count() > 0) {
            throw new NetworkCodecException(problems.kept(), problems.count());
        }
        return graph;
    }

    /**
     * Checks a document without storing anything, by the rules an import applies.
     *
     * @param in the document; not closed
     * @return the problems, in document order; empty if the document is a valid network; never null. Past
     *     {@link JsonOptions#maxProblems()}, the last problem (rule {@code TooManyProblems}) counts those not listed.
     */
    public List<CodecProblem> check(InputStream in) {
        Problems problems = new Problems(options.maxProblems());
        readGraph(in, problems);
        return problems.kept();
    }

    private NetworkGraph readGraph(InputStream in, Problems problems) {
        requireNonNull(in, "in");
        GraphSink sink = new GraphSink();
        StreamingReader reader = new StreamingReader(mapper, problems, false);
        reader.read(in, sink);
        if (problems.count() > 0 || sink.builder == null) {
            return null;
        }
        NetworkGraph graph = sink.builder.build();
        for (Violation v : validator.validate(graph, options.locale())) {
            problems.add(problem(v, reader));
        }
        return graph;
    }

    /** A violation of a whole network, with a path from its root, as a problem at the place of its record. */
    private static CodecProblem problem(Violation v, StreamingReader reader) {
        String section = v.path().contains("[") ? v.path().substring(0, v.path().indexOf('[')) : "";
        int index = indexOf(v.path());
        int[] at = index >= 0 ? reader.locations().of(section, index) : new int[] {0, 0};
        return new CodecProblem(Pointers.ofPath("", v.path()), at[0], at[1], v.rule(), v.message());
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
     * Imports a document of any size as a new network of a runtime, streaming, with the options of this format:
     * invalid records skipped if {@link JsonOptions#skipInvalidRecords()}, organizations and persons other networks
     * hold never changed. See {@link #importInto(InputStream, NetworkRuntime, ImportOptions)}.
     *
     * @param in the document; not closed
     * @param runtime the runtime whose store receives the network
     * @return what was stored, and what was left out; never null
     * @throws NetworkCodecException with the problems, if the document is not valid and skipping was not asked for,
     *     or if it is not JSON at all; nothing is stored then
     * @since 0.3.0
     */
    public ImportReport importInto(InputStream in, NetworkRuntime runtime) {
        ImportOptions importing = ImportOptions.defaults().inLanguage(options.locale());
        return importInto(in, runtime, options.skipInvalidRecords() ? importing.skippingInvalidRecords() : importing);
    }

    /**
     * Imports a document of any size as a new network of a runtime, streaming, through
     * {@link org.chemnet.network.graph.Networks#importNetwork(ImportOptions, java.util.function.Consumer)}: records are
     * read and handed over in chunks within one transaction, validated by the rules {@link #check(InputStream)}
     * applies and stored, so that memory holds a chunk, not the document. The document's sections must come in the
     * order this format writes them (network first, organizations and persons before what refers to them).
     *
     * <p>All or nothing: with any problem nothing is stored, unless the options skip invalid records, in which case
     * the valid records are stored and the report lists the problems of those left out (up to
     * {@link JsonOptions#maxProblems()}). An organization or person stored already with other values is a problem
     * (rule {@code SharedOrganization} or {@code SharedPerson}, naming both values) unless the options update shared
     * organizations, and so is an affiliation stored with other values (rule {@code SharedAffiliation}). A membership,
     * board seat, activity, event, declaration, subscription, event series, registration or motion whose identifier
     * another network of the store holds is a problem at its {@code id} (rule {@code ConsistentGraph}, naming that network),
     * also when another writer stores it while this import runs.
     *
     * @param in the document; not closed
     * @param runtime the runtime whose store receives the network
     * @param importing how refused records and shared organizations are treated; their language is the messages'
     * @return what was stored, and what was left out; never null
     * @throws NetworkCodecException with the problems, if the document is not valid and skipping was not asked for,
     *     or if it is not JSON at all; nothing is stored then
     * @throws NetworkException if the network is stored already
     * @since 0.3.0
     */
    public ImportReport importInto(InputStream in, NetworkRuntime runtime, ImportOptions importing) {
        requireNonNull(in, "in");
        requireNonNull(runtime, "runtime");
        requireNonNull(importing, "importing");
        List<List<CodecProblem>> found = new ArrayList<>(1);
        long[] count = new long[1];
        StreamingReader[] reading = new StreamingReader[1];
        ImportSummary summary;
        try {
            summary = runtime.networks().importNetwork(importing, into -> {
                StreamingReader reader = new StreamingReader(mapper, new Problems(options.maxProblems()), true);
                reading[0] = reader;
                reader.read(in, new ImportSink(into, importing.skipInvalidRecords()));
                boolean fatal = reader.broken() || reader.network().isEmpty();
                if (reader.problemCount() > 0 && (fatal || !importing.skipInvalidRecords())) {
                    throw new NetworkCodecException(reader.problems(), reader.problemCount());
                }
                found.add(reader.problems());
                count[0] = reader.problemCount();
            });
        } catch (NetworkValidationException e) {
            // Records the reader handed over passed, but another writer stored some of their identifiers before
            // this import wrote them: nothing was stored, and they are this document's problems.
            if (reading[0] == null) {
                throw e;
            }
            List<CodecProblem> problems = new ArrayList<>();
            for (Violation v : e.violations()) {
                problems.add(problem(v, reading[0]));
            }
            NetworkCodecException refused = new NetworkCodecException(problems);
            refused.initCause(e);
            throw refused;
        }
        return new ImportReport(summary.network(), summary.stored(), found.get(0), count[0]);
    }

    /** Collects a whole graph. */
    private static final class GraphSink implements StreamingReader.Sink {
        NetworkGraphBuilder builder;
        private final List<Object> early = new ArrayList<>();

        @Override
        public List<Violation> network(Network network) {
            builder = NetworkGraph.builder(network);
            early.forEach(this::add);
            early.clear();
            return List.of();
        }

        @Override
        public List<RefusedRecord> records(String section, List<?> records) {
            records.forEach(r -> {
                if (builder == null) {
                    early.add(r);
                } else {
                    add(r);
                }
            });
            return List.of();
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
            } else if (r instanceof Affiliation a) {
                builder.affiliations(List.of(a));
            } else if (r instanceof EventSeries s) {
                builder.eventSeries(List.of(s));
            } else if (r instanceof RegistrationRules rules) {
                builder.registrationRules(List.of(rules));
            } else if (r instanceof Registration registration) {
                builder.registrations(List.of(registration));
            } else if (r instanceof Motion m) {
                builder.motions(List.of(m));
            } else if (r instanceof Vote v) {
                builder.votes(List.of(v));
            } else if (r instanceof BoardRules rules) {
                builder.boardRules(rules);
            } else if (r instanceof Board b) {
                builder.board(b);
            } else if (r instanceof Secretariat s) {
                builder.secretariat(s);
            }
        }

        @Override
        public List<Violation> board(Board board) {
            records("board", List.of(board));
            return List.of();
        }

        @Override
        public List<Violation> secretariat(Secretariat secretariat) {
            records("secretariat", List.of(secretariat));
            return List.of();
        }

        @Override
        public List<Violation> boardRules(BoardRules rules) {
            records("boardRules", List.of(rules));
            return List.of();
        }
    }

    /** Hands records to the core's import, which checks and stores them. */
    private static final class ImportSink implements StreamingReader.Sink {
        private final NetworkImport into;
        private final boolean skipping;

        ImportSink(NetworkImport into, boolean skipping) {
            this.into = into;
            this.skipping = skipping;
        }

        @Override
        public List<Violation> network(Network network) {
            return into.network(network);
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<RefusedRecord> records(String section, List<?> records) {
            return switch (section) {
                case "organizations" -> into.organizations((List<Organization>) records);
                case "persons" -> into.persons((List<Person>) records);
                case "memberships" -> into.memberships((List<Membership>) records);
                case "partners" -> into.partners((List<Partner>) records);
                case "activities" -> into.activities((List<Activity>) records);
                case "events" -> into.events((List<Event>) records);
                case "declarations" -> into.declarations((List<Declaration>) records);
                case "subscriptions" -> into.subscriptions((List<Subscription>) records);
                case "affiliations" -> into.affiliations((List<Affiliation>) records);
                case "eventSeries" -> into.eventSeries((List<EventSeries>) records);
                case "registrationRules" -> into.registrationRules((List<RegistrationRules>) records);
                case "registrations" -> into.registrations((List<Registration>) records);
                case "motions" -> into.motions((List<Motion>) records);
                case "votes" -> into.votes((List<Vote>) records);
                default -> throw new IllegalStateException("no section " + section);
            };
        }

        @Override
        public List<Violation> board(Board board) {
            return into.board(board);
        }

        @Override
        public List<Violation> secretariat(Secretariat secretariat) {
            return into.secretariat(secretariat);
        }

        @Override
        public List<Violation> boardRules(BoardRules rules) {
            return into.boardRules(rules);
        }

        @Override
        public void unreadable() {
            if (!skipping) {
                into.checkOnly();
            }
        }
    }
}
