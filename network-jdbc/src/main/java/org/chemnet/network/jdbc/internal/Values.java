package org.chemnet.network.jdbc.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.organization.ContactDetail;
import org.chemnet.network.organization.ContactType;
import org.chemnet.network.organization.FormerName;
import org.chemnet.network.organization.Identifier;

/** Turns the domain's value objects into the JSON text of their columns and back. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class Values {
    private Values() {}

    /** A localized text as a bound argument. */
    public static org.jdbi.v3.core.argument.Argument textArg(LocalizedText text) {
        return Args.text(text(text));
    }

    /** A localized text as a JSON object of language tag to text. */
    public static String text(LocalizedText text) {
        return JsonText.write(text.values());
    }

    /** An optional localized text, or SQL null. */
    public static String text(Optional<LocalizedText> text) {
        return text.map(Values::text).orElse(null);
    }

    /** A localized text from its JSON object. */
    public static LocalizedText text(String json) {
        return new LocalizedText(JsonText.readStrings(json));
    }

    /** An optional localized text from its JSON object or SQL null. */
    public static Optional<LocalizedText> optionalText(String json) {
        return Optional.ofNullable(json).map(Values::text);
    }

    /** A list of localized texts as a JSON array of objects. */
    public static String texts(List<LocalizedText> texts) {
        return JsonText.write(texts.stream().map(LocalizedText::values).toList());
    }

    /** A list of localized texts from its JSON array. */
    public static List<LocalizedText> texts(String json) {
        return JsonText.readObjects(json).stream().map(LocalizedText::new).toList();
    }

    /** A collection of strings as a JSON array. */
    public static String strings(java.util.Collection<String> strings) {
        return JsonText.write(List.copyOf(strings));
    }

    /** A list of strings from its JSON array. */
    public static List<String> strings(String json) {
        return JsonText.readList(json);
    }

    /** A set of constants as a JSON array of their names. */
    public static <E extends Enum<E>> String enums(Set<E> values) {
        return JsonText.write(values.stream().map(Enum::name).toList());
    }

    /** A set of constants from a JSON array of their names. */
    public static <E extends Enum<E>> Set<E> enums(String json, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String name : JsonText.readList(json)) {
            set.add(Enum.valueOf(type, name));
        }
        return set;
    }

    /** Identifiers as a JSON array of {scheme, value}. */
    public static String identifiers(List<Identifier> identifiers) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Identifier identifier : identifiers) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("scheme", identifier.scheme());
            map.put("value", identifier.value());
            list.add(map);
        }
        return JsonText.write(list);
    }

    /** Identifiers from their JSON array. */
    public static List<Identifier> identifiers(String json) {
        return JsonText.readObjects(json).stream()
                .map(m -> Identifier.of(m.get("scheme"), m.get("value")))
                .toList();
    }

    /** Contact details as a JSON array of {type, value, label}. */
    public static String contactDetails(List<ContactDetail> details) {
        List<Map<String, String>> list = new ArrayList<>();
        for (ContactDetail detail : details) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("type", detail.type().name());
            map.put("value", detail.value());
            map.put("label", detail.label().orElse(null));
            list.add(map);
        }
        return JsonText.write(list);
    }

    /** Contact details from their JSON array. */
    public static List<ContactDetail> contactDetails(String json) {
        return JsonText.readObjects(json).stream()
                .map(m -> new ContactDetail(
                        ContactType.valueOf(m.get("type")), m.get("value"), Optional.ofNullable(m.get("label"))))
                .toList();
    }

    /** Former names as a JSON array of {lastDay, name}, the name a JSON object of language tag to text. */
    public static String formerNames(List<FormerName> names) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (FormerName former : names) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("lastDay", former.lastDay().toString());
            map.put("name", former.name().values());
            list.add(map);
        }
        return JsonText.write(list);
    }

    /** Former names from their JSON array. */
    @SuppressWarnings("unchecked")
    public static List<FormerName> formerNames(String json) {
        List<FormerName> names = new ArrayList<>();
        for (Object item : (List<Object>) JsonText.read(json)) {
            Map<String, Object> map = (Map<String, Object>) item;
            names.add(new FormerName(
                    new LocalizedText((Map<String, String>) map.get("name")),
                    java.time.LocalDate.parse((String) map.get("lastDay"))));
        }
        return names;
    }
}
