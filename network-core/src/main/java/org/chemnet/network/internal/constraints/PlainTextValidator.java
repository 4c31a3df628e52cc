package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.chemnet.network.validation.PlainText;

/** Checks {@link PlainText}, in one pass over the text: control characters and unpaired surrogates. */
@API(status = INTERNAL, since = "0.1.0")
public final class PlainTextValidator implements ConstraintValidator<PlainText, String> {
    private int max;
    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        max = annotation.max();
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int found = check(value, max, multiline);
        if (found >= 0) {
            return UnicodeText.reportUnpaired(context, found);
        }
        return found == PASSES;
    }

    /** What {@link #check} gives for text that passes. */
    static final int PASSES = -1;

    /** What {@link #check} gives for text that is blank, too long or has a control character. */
    static final int FAILS = -2;

    /**
     * Checks text by this rule, in one pass.
     *
     * @param value the text; not null
     * @param max the most characters
     * @param multiline whether line breaks and tabs are allowed
     * @return {@link #PASSES}, {@link #FAILS}, or the index of an unpaired surrogate
     */
    static int check(String value, int max, boolean multiline) {
        if (value.isBlank() || value.length() > max) {
            return FAILS;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!UnicodeText.pairAt(value, i)) {
                    return i;
                }
                i++;
                continue;
            }
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) && !(multiline && lineBreakOrTab)) || c == '\u2028' || c == '\u2029') {
                return FAILS;
            }
        }
        return PASSES;
    }
}
