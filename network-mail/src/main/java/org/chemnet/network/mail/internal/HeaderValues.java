package org.chemnet.network.mail.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Checks values before they go into a mail header: no line breaks or other control characters (which would let a
 * value add headers of its own), and addresses that parse strictly. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class HeaderValues {
    private static final int MAX_TEXT = 998;

    private HeaderValues() {}

    /** Tells whether text has a control character, a Unicode line or paragraph separator included. */
    public static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** The problem with a header text, if any. */
    public static Optional<String> checkText(String name, String value) {
        if (hasControlCharacters(value)) {
            return Optional.of(name + " must not contain line breaks or other control characters, but was '"
                    + printable(value) + "'");
        }
        if (value.length() > MAX_TEXT) {
            return Optional.of(name + " must have at most " + MAX_TEXT + " characters, but had " + value.length());
        }
        return Optional.empty();
    }

    /** The problem with an address, if any. */
    public static Optional<String> checkAddress(String name, String value) {
        Optional<String> text = checkText(name, value);
        if (text.isPresent()) {
            return text;
        }
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.validate();
            if (address.getPersonal() != null || !value.equals(address.getAddress())) {
                return Optional.of(name + " must be a bare address such as name@example.org, but was '" + value + "'");
            }
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of(name + " must be an e-mail address such as name@example.org, but was '" + value + "'");
        }
    }

    /** Text safe to quote in an error: control characters shown as {@code \\uXXXX}, long text cut. */
    public static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(value.length(), 80); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return value.length() > 80 ? out + "..." : out.toString();
    }
}
