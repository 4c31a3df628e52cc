package org.chemnet.network.json;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.InputStream;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityKind;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.decision.BoardRules;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.Network;
import org.chemnet.network.json.internal.Sections;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registrant;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.validation.CountryCode;
import org.chemnet.network.validation.LanguageTag;
import org.chemnet.network.validation.MailAddress;
import org.chemnet.network.validation.PlainText;
import org.chemnet.network.validation.WebAddress;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the native format, generated from the domain's record types and their Bean
 * Validation constraints, by the same rules the format is written by: identifiers are strings, text in several
 * languages is an object of language tag to text, absent optional values are left out, activities say their
 * {@code kind}. The schema shipped in the jar ({@link NetworkJson#SCHEMA}) is this one; a test keeps the two equal,
 * so the schema changes only on purpose.
 *
 * <p>Rules that span several values (one chair at a time, references between records) are checked by validation,
 * not by the schema.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class NetworkSchema {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

    private final ObjectNode defs = NODES.objectNode();

    private NetworkSchema() {}

    /**
     * The schema shipped in the jar.
     *
     * @return the schema's bytes; the caller closes the stream
     */
    public static InputStream open() {
        return NetworkSchema.class.getResourceAsStream(NetworkJson.SCHEMA);
    }

    /**
     * Generates the schema from the types.
     *
     * @return the schema, pretty-printed, ending with a line break
     */
    public static String generate() {
        return new NetworkSchema().document();
    }

    private String document() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://chemnet.org/schema/network/1/network.schema.json");
        root.put("title", "chemnet network");
        root.put(
                "description",
                "A whole network of organizations working on chemical management, as written by"
                        + " org.chemnet:network-json. See docs/json-format.md.");
        root.put("type", "object");
        root.put("additionalProperties", false);
        ObjectNode properties = root.putObject("properties");
        properties.putObject("format").put("const", Sections.FORMAT);
        properties.putObject("version").put("const", Sections.VERSION);
        properties.set("network", ref(Network.class));
        properties.set("organizations", arrayOf(ref(Organization.class)));
        properties.set("persons", arrayOf(ref(Person.class)));
        properties.set("memberships", arrayOf(ref(Membership.class)));
        properties.set("board", ref(Board.class));
        properties.set("secretariat", ref(Secretariat.class));
        properties.set("partners", arrayOf(ref(Partner.class)));
        properties.set("activities", arrayOf(activity()));
        properties.set("events", arrayOf(ref(Event.class)));
        properties.set("declarations", arrayOf(ref(Declaration.class)));
        properties.set("subscriptions", arrayOf(ref(Subscription.class)));
        properties.set("affiliations", arrayOf(ref(Affiliation.class)));
        properties.set("eventSeries", arrayOf(ref(EventSeries.class)));
        properties.set("registrationRules", arrayOf(ref(RegistrationRules.class)));
        properties.set("registrations", arrayOf(ref(Registration.class)));
        properties.set("boardRules", ref(BoardRules.class));
        properties.set("motions", arrayOf(ref(Motion.class)));
        properties.set("votes", arrayOf(ref(Vote.class)));
        root.putArray("required").add("format").add("version").add("network");
        root.set("$defs", defs);
        JsonMapper mapper = JsonMapper.builder().build();
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private ObjectNode activity() {
        ObjectNode node = NODES.objectNode();
        ArrayNode oneOf = node.putArray("oneOf");
        for (Class<?> kind : Activity.class.getPermittedSubclasses()) {
            oneOf.add(ref(kind));
        }
        return node;
    }

    private ObjectNode ref(Class<?> type) {
        String name = type.getSimpleName();
        if (!defs.has(name)) {
            defs.putObject(name);
            defs.set(name, define(type));
        }
        return NODES.objectNode().put("$ref", "#/$defs/" + name);
    }

    private ObjectNode define(Class<?> type) {
        if (type == LocalizedText.class) {
            ObjectNode text = NODES.objectNode();
            text.put("type", "object");
            text.put("description", "Text per BCP 47 language tag, such as {\"en\": \"...\", \"ja\": \"...\"}");
            text.put("minProperties", 1);
            text.put("maxProperties", LocalizedText.MAX_LANGUAGES);
            text.putObject("propertyNames").put("pattern", "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");
            text.putObject("additionalProperties").put("type", "string").put("minLength", 1);
            return text;
        }
        ObjectNode node = NODES.objectNode();
        node.put("type", "object");
        node.put("additionalProperties", false);
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = node.putArray("required");
        if (Activity.class.isAssignableFrom(type)) {
            String kind = kindOf(type);
            properties.putObject("kind").put("const", kind);
            required.add("kind");
        }
        if (type == Registrant.class) {
            node.put("minProperties", 1);
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> raw = component.getType();
            ObjectNode property = schema(component.getAnnotatedType());
            if (type == Occasion.class && component.getName().equals("id")) {
                property.put("pattern", ID_PATTERN);
            }
            properties.set(component.getName(), property);
            boolean optional = raw == Optional.class
                    || List.class.isAssignableFrom(raw)
                    || Set.class.isAssignableFrom(raw)
                    || raw == java.util.OptionalInt.class;
            if (!optional) {
                required.add(component.getName());
            }
        }
        return node;
    }

    private static String kindOf(Class<?> type) {
        for (ActivityKind kind : ActivityKind.values()) {
            String camel = java.util.Arrays.stream(
                            kind.name().toLowerCase(java.util.Locale.ROOT).split("_"))
                    .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .reduce("", String::concat);
            if (camel.equals(type.getSimpleName())) {
                return kind.name();
            }
        }
        throw new IllegalStateException("no activity kind for " + type.getName());
    }

    private ObjectNode schema(AnnotatedType annotated) {
        Type type = annotated.getType();
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        AnnotatedType argument = annotated instanceof AnnotatedParameterizedType p
                ? p.getAnnotatedActualTypeArguments()[p.getAnnotatedActualTypeArguments().length - 1]
                : null;
        if (raw == Optional.class) {
            return schema(argument);
        }
        if (raw == java.util.OptionalInt.class) {
            return NODES.objectNode().put("type", "integer");
        }
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            ObjectNode array = arrayOf(schema(argument));
            if (Set.class.isAssignableFrom(raw)) {
                array.put("uniqueItems", true);
            }
            return array;
        }
        if (raw == Map.class) {
            ObjectNode map = NODES.objectNode().put("type", "object");
            map.set("additionalProperties", schema(argument));
            return map;
        }
        ObjectNode node = NODES.objectNode();
        if (raw == String.class) {
            node.put("type", "string");
            PlainText text = annotated.getAnnotation(PlainText.class);
            if (text != null) {
                node.put("minLength", 1).put("maxLength", text.max());
            }
            if (annotated.getAnnotation(CountryCode.class) != null) {
                node.put("pattern", "^[A-Z]{2}$");
            }
            if (annotated.getAnnotation(WebAddress.class) != null) {
                node.put("format", "uri").put("pattern", "^[Hh][Tt][Tt][Pp][Ss]?://");
            }
            if (annotated.getAnnotation(MailAddress.class) != null) {
                node.put("format", "email").put("maxLength", 254);
            }
            if (annotated.getAnnotation(LanguageTag.class) != null) {
                node.put("pattern", "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");
            }
            return node;
        }
        if (raw.getSimpleName().endsWith("Id") && raw.isRecord()) {
            return node.put("type", "string").put("pattern", ID_PATTERN);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.put("type", "boolean");
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == Year.class) {
            node.put("type", "integer");
            if (annotated.getAnnotation(Positive.class) != null) {
                node.put("minimum", 1);
            }
            if (annotated.getAnnotation(PositiveOrZero.class) != null) {
                node.put("minimum", 0);
            }
            Min min = annotated.getAnnotation(Min.class);
            if (min != null) {
                node.put("minimum", min.value());
            }
            Max max = annotated.getAnnotation(Max.class);
            if (max != null) {
                node.put("maximum", max.value());
            }
            return node;
        }
        if (raw == BigDecimal.class) {
            return node.put("type", "number").put("minimum", 0);
        }
        if (raw == LocalDate.class) {
            return node.put("type", "string").put("format", "date");
        }
        if (raw == Instant.class) {
            return node.put("type", "string").put("format", "date-time");
        }
        if (raw == Currency.class) {
            return node.put("type", "string").put("pattern", "^[A-Z]{3}$");
        }
        if (raw.isEnum()) {
            ArrayNode values = node.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return node;
        }
        if (raw == Activity.class) {
            return activity();
        }
        if (raw.isRecord() || raw == LocalizedText.class) {
            return ref(raw);
        }
        throw new IllegalStateException("no schema rule for " + raw.getName());
    }

    private static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode array = NODES.objectNode().put("type", "array");
        array.set("items", items);
        return array;
    }
}
