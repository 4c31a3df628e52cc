package org.chemnet.network.json.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chemnet.network.Network;
import org.chemnet.network.NetworkId;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.json.CodecProblem;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.NetworkValidator;
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
 * not the document. Every problem is collected with its JSON Pointer, line and column and rule; records with problems
 * never reach the sink. A malformed document (not JSON, limits passed) ends the reading at once.
 *
 * <p>In streaming mode each record is validated on its own, and references to organizations and persons are checked
 * against those read before them (by 64-bit hashes of their identifiers, so that a million identifiers take 16 MB);
 * in graph mode records are only bound, and the caller validates the whole graph. Not part of the API.
 */
public final class StreamingReader {
    private static final int CHUNK = 1_000;

    /** Where records go. */
    public interface Sink {
        /** The network, read first. */
        void network(Network network);

        /** Records of one section, in document order. */
        void records(String section, List<?> records);

        /** The board. */
        void board(Board board);

        /** The secretariat. */
        void secretariat(Secretariat secretariat);
    }

    private final JsonMapper mapper;
    private final NetworkValidator validator;
    private final Locale locale;
    private final boolean validateRecords;
    private final boolean storeDespiteProblems;
    private final List<CodecProblem> problems = new ArrayList<>();
    private final LongHashSet organizations = new LongHashSet();
    private final LongHashSet persons = new LongHashSet();
    private final Locations locations = new Locations();
    private NetworkId network;
    private boolean networkSeen;
    private long stored;

    /**
     * Creates a reader.
     *
     * @param mapper the configured mapper
     * @param validator the validator
     * @param locale the language of messages
     * @param validateRecords true to validate each record and its references (streaming mode)
     * @param storeDespiteProblems true to keep handing valid records to the sink after a problem (skipping invalid
     *     ones); false to stop at the first problem and only go on collecting problems
     */
    public StreamingReader(
            JsonMapper mapper,
            NetworkValidator validator,
            Locale locale,
            boolean validateRecords,
            boolean storeDespiteProblems) {
        this.mapper = mapper;
        this.validator = validator;
        this.locale = locale;
        this.validateRecords = validateRecords;
        this.storeDespiteProblems = storeDespiteProblems;
    }

    /** Whether records may still go to the sink: always when skipping, else only while nothing is wrong. */
    private boolean sinkOpen() {
        return storeDespiteProblems || problems.isEmpty();
    }

    /** Every problem found so far, in document order. */
    public List<CodecProblem> problems() {
        return problems;
    }

    /** How many records reached the sink. */
    public long stored() {
        return stored;
    }

    /** The network read, if any. */
    public java.util.Optional<NetworkId> network() {
        return java.util.Optional.ofNullable(network);
    }

    /**
     * Where each record started, for problems found later by validating the whole graph: kept in graph mode only, as
     * streaming mode validates records as they come and must not grow with the document.
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
        try (JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problem(
                        "",
                        parser.currentTokenLocation(),
                        "Syntax",
                        "must be a JSON object with the network's sections");
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
        } catch (StreamReadException e) {
            problem(where(e), e.getLocation(), rule(e), e.getOriginalMessage());
        } catch (JacksonException e) {
            problem("", e.getLocation(), "Syntax", e.getOriginalMessage());
        }
    }

    private void section(JsonParser parser, String name, TokenStreamLocation at, Sink sink) {
        String pointer = Pointers.token(name);
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
                one(parser, pointer, Network.class).ifPresent(n -> {
                    network = n.id();
                    if (sinkOpen()) {
                        sink.network(n);
                        stored++;
                    }
                });
            }
            case "board" ->
                one(parser, pointer, Board.class).ifPresent(b -> {
                    if (boardKnown(pointer, at, b) && sinkOpen()) {
                        sink.board(b);
                        stored++;
                    }
                });
            case "secretariat" ->
                one(parser, pointer, Secretariat.class).ifPresent(s -> {
                    if (!organizationUnknown(s.host(), pointer + "/host", at) && sinkOpen()) {
                        sink.secretariat(s);
                        stored++;
                    }
                });
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
            default -> null;
        };
    }

    private void expect(JsonParser parser, String pointer, TokenStreamLocation at, String value) {
        if (parser.currentToken() != JsonToken.VALUE_STRING || !value.equals(parser.getString())) {
            problem(pointer, at, "Format", "must be \"" + value + "\"");
            parser.skipChildren();
        }
    }

    private <T> java.util.Optional<T> one(JsonParser parser, String pointer, Class<T> type) {
        TokenStreamLocation at = parser.currentTokenLocation();
        TokenStreamContext container = parser.currentToken().isStructStart()
                ? parser.streamReadContext().getParent()
                : parser.streamReadContext();
        T value = bind(parser, pointer, type, container);
        if (value == null || !validRecord(pointer, at, value)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(value);
    }

    private void array(JsonParser parser, String section, Class<?> type, Sink sink) {
        String base = Pointers.token(section);
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problem(base, parser.currentTokenLocation(), "Type", "must be an array");
            parser.skipChildren();
            return;
        }
        TokenStreamContext arrayContext = parser.streamReadContext();
        List<Object> chunk = new ArrayList<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String pointer = base + "/" + index;
            TokenStreamLocation at = parser.currentTokenLocation();
            if (!validateRecords) {
                locations.add(section, at);
            }
            Object value = bind(parser, pointer, type, arrayContext);
            if (value != null && validRecord(pointer, at, value) && referencesKnown(pointer, at, value)) {
                remember(value);
                chunk.add(value);
                if (chunk.size() == CHUNK) {
                    flush(sink, section, chunk);
                }
            }
            index++;
        }
        flush(sink, section, chunk);
    }

    private void flush(Sink sink, String section, List<Object> chunk) {
        if (!chunk.isEmpty() && sinkOpen()) {
            sink.records(section, List.copyOf(chunk));
            stored += chunk.size();
        }
        chunk.clear();
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

    private boolean validRecord(String pointer, TokenStreamLocation at, Object value) {
        if (!validateRecords) {
            return true;
        }
        List<Violation> violations = validator.validate(value, locale);
        for (Violation v : violations) {
            problem(Pointers.ofPath(pointer, v.path()), at, v.rule(), v.message());
        }
        if (value instanceof Membership m && network != null && !m.network().equals(network)) {
            problem(pointer + "/network", at, "ConsistentGraph", "must be the identifier of this network");
            return false;
        }
        return violations.isEmpty();
    }

    private boolean boardKnown(String pointer, TokenStreamLocation at, Board board) {
        boolean known = true;
        for (int i = 0; i < board.seats().size(); i++) {
            known &= !organizationUnknown(
                    board.seats().get(i).organization(), pointer + "/seats/" + i + "/organization", at);
        }
        return known;
    }

    private boolean referencesKnown(String pointer, TokenStreamLocation at, Object value) {
        if (!validateRecords) {
            return true;
        }
        boolean known = true;
        if (value instanceof Organization o && organizations.contains(hash(o.id().value()))) {
            problem(pointer + "/id", at, "ConsistentGraph", "must be unique in the network");
            known = false;
        } else if (value instanceof Membership m) {
            boolean organizationKnown = !organizationUnknown(m.organization(), pointer + "/organization", at);
            boolean contactKnown = !personUnknown(m.contact(), pointer + "/contact", at);
            known = organizationKnown && contactKnown;
        } else if (value instanceof Partner p) {
            known = !organizationUnknown(p.organization(), pointer + "/organization", at);
        } else if (value instanceof Event e) {
            boolean organizersKnown = all(e.organizers(), pointer + "/organizers", at);
            boolean coOrganizersKnown = all(e.coOrganizers(), pointer + "/coOrganizers", at);
            known = organizersKnown && coOrganizersKnown;
        } else if (value instanceof Declaration d) {
            for (int i = 0; i < d.endorsements().size(); i++) {
                known &= !organizationUnknown(
                        d.endorsements().get(i).organization(), pointer + "/endorsements/" + i + "/organization", at);
            }
        } else if (value instanceof WorkingGroup g) {
            known = all(g.members(), pointer + "/members", at);
        } else if (value instanceof Subscription s) {
            boolean organizationKnown = s.organization()
                    .map(o -> !organizationUnknown(o, pointer + "/organization", at))
                    .orElse(true);
            boolean personKnown = !personUnknown(s.person(), pointer + "/person", at);
            known = organizationKnown && personKnown;
        }
        return known;
    }

    private boolean all(List<OrganizationId> ids, String pointer, TokenStreamLocation at) {
        boolean known = true;
        for (int i = 0; i < ids.size(); i++) {
            known &= !organizationUnknown(ids.get(i), pointer + "/" + i, at);
        }
        return known;
    }

    private boolean organizationUnknown(OrganizationId id, String pointer, TokenStreamLocation at) {
        if (validateRecords && !organizations.contains(hash(id.value()))) {
            problem(pointer, at, "ConsistentGraph", "must refer to an organization earlier in the document");
            return true;
        }
        return false;
    }

    private boolean personUnknown(java.util.Optional<PersonId> id, String pointer, TokenStreamLocation at) {
        if (validateRecords && id.isPresent() && !persons.contains(hash(id.get().value()))) {
            problem(pointer, at, "ConsistentGraph", "must refer to a person earlier in the document");
            return true;
        }
        return false;
    }

    private void remember(Object value) {
        if (value instanceof Organization o) {
            organizations.add(hash(o.id().value()));
        } else if (value instanceof Person p) {
            persons.add(hash(p.id().value()));
        }
    }

    /** A 64-bit hash of an identifier (FNV-1a over its UTF-16 units, then mixed). */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
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
