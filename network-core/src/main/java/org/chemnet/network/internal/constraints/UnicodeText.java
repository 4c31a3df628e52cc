package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;

/**
 * Whether text is valid Unicode: every surrogate is half of a pair, a high one directly followed by a low one. A Java
 * string may hold an unpaired surrogate (the JSON escape <code>"&#92;uD800"</code> makes one), which no UTF-8 or
 * database can store: PostgreSQL keeps a {@code ?} instead. Shared by the text rules. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class UnicodeText {
    private static final String MESSAGE = "{org.chemnet.network.validation.UnicodeText.unpairedSurrogate}";
    private static final String MESSAGE_END = "{org.chemnet.network.validation.UnicodeText.unpairedSurrogate.end}";

    private UnicodeText() {}

    /**
     * Where the first unpaired surrogate is.
     *
     * @param text the text; not null
     * @return the index (in UTF-16 units, from 0) of the first surrogate that is not half of a pair, or -1 if the text
     *     is valid Unicode
     */
    public static int firstUnpairedSurrogate(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                if (!pairAt(text, i)) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    /**
     * Tells whether text is valid Unicode.
     *
     * @param text the text; not null
     * @return true if no surrogate is unpaired
     */
    public static boolean isValid(CharSequence text) {
        return firstUnpairedSurrogate(text) < 0;
    }

    /**
     * Tells whether a surrogate pair starts at an index: a high surrogate there and a low one after it. Lets a rule that
     * goes through the text anyway check pairs in the same pass.
     *
     * @param text the text
     * @param index an index of the text
     * @return true if text[index] and text[index + 1] are a pair
     */
    static boolean pairAt(CharSequence text, int index) {
        return Character.isHighSurrogate(text.charAt(index))
                && index + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(index + 1));
    }

    /**
     * Reports an unpaired surrogate instead of the constraint's own message, under the constraint's own rule: "must be
     * valid Unicode text (an unpaired surrogate at position 3)". The position goes between two keys of the chemnet
     * bundle, as Bean Validation has no portable way to give a message a parameter that is not an attribute of the
     * annotation.
     *
     * @param context the validator's context
     * @param index where the surrogate is
     * @return false, for the validator to return
     */
    static boolean reportUnpaired(ConstraintValidatorContext context, int index) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(MESSAGE + index + MESSAGE_END)
                .addConstraintViolation();
        return false;
    }
}
