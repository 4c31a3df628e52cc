package org.chemnet.network.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.regex.Pattern;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;

/** JSON Pointers (RFC 6901) from Jackson paths and Bean Validation paths. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class Pointers {
    private static final Pattern LOCALIZED_VALUES = Pattern.compile("\\.values(<K>)?\\[");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

    private Pointers() {}

    /** One escaped reference token. */
    public static String token(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer of a Jackson failure, below a base pointer. */
    public static String of(String base, JacksonException failure) {
        StringBuilder pointer = new StringBuilder(base);
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                pointer.append(token(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /**
     * The pointer of a Bean Validation path, below a base pointer: {@code identifiers[0].value} becomes
     * {@code /identifiers/0/value}, and a localized text's {@code name.values[ja]} becomes {@code /name/ja}, as the
     * format writes text in several languages as a plain object.
     */
    public static String ofPath(String base, String path) {
        if (path.isEmpty()) {
            return base;
        }
        String plain = LOCALIZED_VALUES.matcher(path).replaceAll("[");
        plain = plain.replace("<K>", "").replace(".<map key>", "");
        plain = INDEX.matcher(plain).replaceAll(".$1");
        StringBuilder pointer = new StringBuilder(base);
        for (String name : plain.split("\\.", -1)) {
            if (!name.isEmpty()) {
                pointer.append(token(name));
            }
        }
        return pointer.toString();
    }
}
