package org.chemnet.network.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.InputStream;
import java.util.ArrayList;
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
import org.chemnet.network.graph.RefusedRecord;
import org.chemnet.network.json.CodecProblem;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.validation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the native format one record at a time and hands records to a sink in chunks, so that memory holds a chunk,
 * not the document. Every problem is collected with its JSON Pointer, line and column and rule, up to a limit (the
 * rest are counted); records with problems never reach the sink. A malformed document (not JSON, limits passed) ends
 * the reading at once.
 *
 * <p>The reader only reads: the rules records must follow are the sink's (the core's import, or the validation of
 * the whole graph), which gives back what it refused, and the reader reports it with each record's place in the
 * document. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class StreamingReader {
    private static final int CHUNK = 1_000;

    /** Where records go, and what comes back refused. */
    public interface Sink {
        /** The network, read first. */
        List<Violation> network(Network network);

        /** Records of one section, in document order. */
        List<RefusedRecord> records(String section, List<?> records);

        /** The board. */
        List<Violation> board(Board board);

        /** The secretariat. */
        List<Violation> secretariat(Secretariat secretariat);

        /** The board's rules. */
        List<Violation> boardRules(BoardRules rules);

        /** The reader found a problem of its own: a record it could not read. */
        default void unreadable() {}
    }

    private final JsonMapper mapper;
    private final Problems problems;
    private final boolean networkFirst;
    private final Locations locations = new Locations();
    private NetworkId network;
    private boolean networkSeen;

    /**
     * Creates a reader.
     *
     * @param mapper the configured mapper
     * @param problems where problems go
     * @param networkFirst true if the network must come before every section of records (streaming imports); false
     *     to keep where each record starts, for problems found after reading the whole graph
     */
    public StreamingReader(JsonMapper mapper, Problems problems, boolean networkFirst) {
        this.mapper = mapper;
        this.problems = problems;
        this.networkFirst = networkFirst;
    }

    /** The problems found so far, in document order, up to the limit. */
    public List<CodecProblem> problems() {
        return problems.kept();
    }

    /** How many problems were found, kept or not. */
    public long problemCount() {
        return problems.count();
    }

    /** Whether the document broke as JSON or passed a limit, so that nothing after the break was read. */
    public boolean broken() {
        return problems.broken();
    }

    /** The network read, if any. */
    public java.util.Optional<NetworkId> network() {
        return java.util.Optional.ofNullable(network);
    }

    /**
     * Where each record started, for problems found later by validating the whole graph: kept only when the network
     * need not come first, as streaming imports must not grow with the document.
     */
    public Locations locations() {
        return locations;
    }

    /**
     * Reads a document.
     *
     * @param in the bytes
     * @param sink where records go
     */
    public void read(InputStream in, Sink sink) {
        try (JsonParser parser = mapper.createParser(new StrictUtf8(in))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problem(
                        "",
                        parser.currentTokenLocation(),
                        "Syntax",
                        "must be a JSON object with the network's sections");
                problems.broke();
                return;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                TokenStreamLocation at = parser.currentTokenLocation();
                parser.nextToken();
                section(parser, name, at, sink);
            }
            if (!networkSeen) {
                problems.add(new CodecProblem("/network", 0, 0, "Required", "is required"));
            }
            if (parser.nextToken() != null) {
                problem("", parser.currentTokenLocation(), "Syntax", "must end after the network's object");
            }
        } catch (StreamConstraintsException e) {
            problem(where(e), e.getLocation(), "Limit", e.getOriginalMessage());
            problems.broke();
        } catch (StreamReadException e) {
            problem(where(e), e.getLocation(), rule(e), e.getOriginalMessage());
            problems.broke();
        } catch (JacksonException e) {
            problems.add(StrictUtf8.problem(e, where(e)));
            problems.broke();
        }
    }

    private void section(JsonParser parser, String name, TokenStreamLocation at, Sink sink) {
        String pointer = Pointers.token(name);
        if (networkFirst && !networkSeen && recordSection(name)) {
            problem(pointer, at, "Order", "must come after the network in a streaming import");
            sink.unreadable();
            parser.skipChildren();
            return;
        }
        switch (name) {
            case "format" -> expect(parser, pointer, at, Sections.FORMAT);
            case "version" -> {
                if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != Sections.VERSION) {
                    problem(pointer, at, "Version", "must be " + Sections.VERSION + ", the version this library reads");
                    parser.skipChildren();
                }
            }
            case "network" -> {
                networkSeen = true;
                one(parser, pointer, Network.class, sink).ifPresent(n -> {
                    network = n.id();
                    refused(pointer, at, sink.network(n));
                });
            }
            case "board" ->
                one(parser, pointer, Board.class, sink)
                        .filter(b -> sinkReady())
                        .ifPresent(b -> refused(pointer, at, sink.board(b)));
            case "secretariat" ->
                one(parser, pointer, Secretariat.class, sink)
                        .filter(s -> sinkReady())
                        .ifPresent(s -> refused(pointer, at, sink.secretariat(s)));
            case "boardRules" ->
                one(parser, pointer, BoardRules.class, sink)
                        .filter(r -> sinkReady())
                        .ifPresent(r -> refused(pointer, at, sink.boardRules(r)));
            default -> {
                Class<?> type = recordType(name);
                if (type == null) {
                    problem(pointer, at, "UnknownProperty", "is not a section of the format");
                    parser.skipChildren();
                } else {
                    array(parser, name, type, sink);
                }
            }
        }
    }

    /**
     * Whether records may go to the sink: when the network must come first, only once it was read; after a network
     * that could not be read, records are still read, for their own problems, but go nowhere.
     */
    private boolean sinkReady() {
        return !networkFirst || network != null;
    }

    private static boolean recordSection(String name) {
        return name.equals("board")
                || name.equals("secretariat")
                || name.equals("boardRules")
                || recordType(name) != null;
    }

    private static Class<?> recordType(String section) {
        return switch (section) {
            case "organizations" -> Organization.class;
            case "persons" -> Person.class;
            case "memberships" -> Membership.class;
            case "partners" -> Partner.class;
            case "activities" -> Activity.class;
            case "events" -> Event.class;
            case "declarations" -> Declaration.class;
            case "subscriptions" -> Subscription.class;
            case "affiliations" -> Affiliation.class;
            case "eventSeries" -> EventSeries.class;
            case "registrationRules" -> RegistrationRules.class;
            case "registrations" -> Registration.class;
            case "motions" -> Motion.class;
            case "votes" -> Vote.class;
            default -> null;
        };
    }

    private void expect(JsonParser parser, String pointer, TokenStreamLocation at, String value) {
        if (parser.currentToken() != JsonToken.VALUE_STRING || !value.equals(parser.getString())) {
            problem(pointer, at, "Format", "must be \"" + value + "\"");
            parser.skipChildren();
        }
    }

    private <T> java.util.Optional<T> one(JsonParser parser, String pointer, Class<T> type, Sink sink) {
        TokenStreamContext container = parser.currentToken().isStructStart()
                ? parser.streamReadContext().getParent()
                : parser.streamReadContext();
        T value = bind(parser, pointer, type, container);
        if (value == null) {
            sink.unreadable();
        }
        return java.util.Optional.ofNullable(value);
    }

    /** Reports what the sink refused of one record, at the record's place. */
    private void refused(String pointer, TokenStreamLocation at, List<Violation> violations) {
        for (Violation v : violations) {
            problem(Pointers.ofPath(pointer, v.path()), at, v.rule(), v.message());
        }
    }

    private void array(JsonParser parser, String section, Class<?> type, Sink sink) {
        String base = Pointers.token(section);
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problem(base, parser.currentTokenLocation(), "Type", "must be an array");
            sink.unreadable();
            parser.skipChildren();
            return;
        }
        TokenStreamContext arrayContext = parser.streamReadContext();
        Chunk chunk = new Chunk(section, base);
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String pointer = base + "/" + index;
            TokenStreamLocation at = parser.currentTokenLocation();
            if (!networkFirst) {
                locations.add(section, at);
            }
            Object value = bind(parser, pointer, type, arrayContext);
            if (value == null) {
                sink.unreadable();
            } else {
                chunk.add(value, index, at);
                if (chunk.size() == CHUNK) {
                    chunk.flush(sink);
                }
            }
            index++;
        }
        chunk.flush(sink);
    }

    /** The records of a section read but not yet handed to the sink, with where each started. */
    private final class Chunk {
        private final String section;
        private final String base;
        private final List<Object> records = new ArrayList<>(CHUNK);
        private final int[] indexes = new int[CHUNK];
        private final int[] lines = new int[CHUNK];
        private final int[] columns = new int[CHUNK];

        Chunk(String section, String base) {
            this.section = section;
            this.base = base;
        }

        int size() {
            return records.size();
        }

        void add(Object record, int index, TokenStreamLocation at) {
            int i = records.size();
            records.add(record);
            indexes[i] = index;
            lines[i] = line(at);
            columns[i] = column(at);
        }

        void flush(Sink sink) {
            if (records.isEmpty() || !sinkReady()) {
                records.clear();
                return;
            }
            for (RefusedRecord refused : sink.records(section, List.copyOf(records))) {
                int i = refused.index();
                String pointer = base + "/" + indexes[i];
                for (Violation v : refused.violations()) {
                    problems.add(new CodecProblem(
                            Pointers.ofPath(pointer, v.path()), lines[i], columns[i], v.rule(), v.message()));
                }
            }
            records.clear();
        }
    }

    /** Binds one value; on a binding problem, records it and skips to the end of the value. */
    private <T> T bind(JsonParser parser, String pointer, Class<T> type, TokenStreamContext container) {
        try {
            return mapper.readValue(parser, type);
        } catch (StreamReadException e) {
            throw e;
        } catch (DatabindException e) {
            TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0
                    ? e.getLocation()
                    : parser.currentTokenLocation();
            problems.add(new CodecProblem(
                    Pointers.of(pointer, e) + missingName(e), line(at), column(at), rule(e), message(e)));
            while (parser.streamReadContext() != container && parser.nextToken() != null) {
                // skip what is left of the value that failed
            }
            return null;
        }
    }

    private void problem(String pointer, TokenStreamLocation at, String rule, String message) {
        problems.add(new CodecProblem(pointer, line(at), column(at), rule, message));
    }

    /** The JSON Pointer of where the parser was when the document broke. */
    private static String where(JacksonException e) {
        Object processor = e.processor();
        if (processor instanceof JsonParser parser) {
            String pointer = parser.streamReadContext().pathAsPointer().toString();
            return pointer.equals("/") ? "" : pointer;
        }
        return "";
    }

    private static int line(TokenStreamLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static int column(TokenStreamLocation at) {
        return at == null ? 0 : Math.max(0, at.getColumnNr());
    }

    private static String rule(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "UnknownProperty";
        }
        if (e instanceof InvalidFormatException) {
            return "Format";
        }
        if (e instanceof ValueInstantiationException) {
            return e.getCause() instanceof NullPointerException ? "Required" : "Format";
        }
        if (e instanceof MismatchedInputException) {
            return "Type";
        }
        String message = String.valueOf(e.getOriginalMessage());
        return message.startsWith("Duplicate Object property") ? "DuplicateKey" : "Syntax";
    }

    private static String missingName(DatabindException e) {
        if (e instanceof ValueInstantiationException
                && e.getCause() instanceof NullPointerException npe
                && npe.getMessage() != null
                && npe.getMessage().matches("[A-Za-z]+")) {
            return Pointers.token(npe.getMessage());
        }
        return "";
    }

    private static String message(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "is not a property of " + u.getReferringClass().getSimpleName();
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            if (cause instanceof NullPointerException) {
                return "is required";
            }
            return cause == null ? String.valueOf(e.getOriginalMessage()) : cause.getMessage();
        }
        if (e instanceof InvalidFormatException f) {
            String original = String.valueOf(f.getOriginalMessage());
            int reason = original.indexOf(": ");
            return "has an invalid value " + quoted(f.getValue())
                    + (reason > 0 ? " (" + original.substring(reason + 2) + ")" : "");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "must be " + describe(m.getTargetType());
        }
        return String.valueOf(e.getOriginalMessage());
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
    }

    private static String describe(Class<?> type) {
        if (type == String.class || type.getSimpleName().endsWith("Id")) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == int.class || type == Integer.class || type == long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "a " + type.getSimpleName() + " object";
    }

    /** The start of each record, by section and index, for problems found after reading. */
    public static final class Locations {
        private final java.util.Map<String, List<long[]>> starts = new java.util.HashMap<>();

        void add(String section, TokenStreamLocation at) {
            starts.computeIfAbsent(section, k -> new ArrayList<>()).add(new long[] {line(at), column(at)});
        }

        /** The line and column where a record starts, or zeros. */
        public int[] of(String section, int index) {
            List<long[]> list = starts.get(section);
            if (list == null || index >= list.size()) {
                return new int[] {0, 0};
            }
            long[] at = list.get(index);
            return new int[] {(int) at[0], (int) at[1]};
        }
    }
}
