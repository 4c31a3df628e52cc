package org.chemnet.network.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/** Argument checks shared by the value types. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class Checks {
    private static final int MAX_ID_LENGTH = 128;

    private Checks() {}

    /**
     * Checks an identifier's text: 1 to 128 characters, starting with a letter or digit, then letters, digits,
     * {@code . _ : -}.
     *
     * @param value the text to check
     * @param name the parameter's name, for the message
     * @return the value
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is malformed
     */
    public static String id(String value, String name) {
        java.util.Objects.requireNonNull(value, name);
        if (!isId(value)) {
            throw new IllegalArgumentException(name + " must be 1 to 128 letters, digits or . _ : - and start with a"
                    + " letter or digit, but was '" + printable(value) + "'");
        }
        return value;
    }

    /**
     * Tells whether a text is 1 to 128 ASCII letters, digits or {@code . _ : -}, starting with a letter or digit. By
     * hand rather than by regular expression: every identifier of an import passes here (JsonImportBenchmark).
     */
    static boolean isId(String value) {
        int length = value.length();
        if (length == 0 || length > MAX_ID_LENGTH || !isAsciiLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Checks that a number is not negative.
     *
     * @param value the number
     * @param name the parameter's name, for the message
     * @return the value
     * @throws IllegalArgumentException if value is negative
     */
    public static long notNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, but was " + value);
        }
        return value;
    }

    /**
     * Copies a collection of constants into an unmodifiable set that iterates in declaration order.
     *
     * @param values the constants; none null
     * @param type the enum class
     * @param <E> the enum type
     * @return an unmodifiable copy
     */
    public static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    private static String printable(String value) {
        String shortened = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
