package org.chemnet.network.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.chemnet.network.validation.PlainText;

/** Checks {@link PlainText}, in one pass over the text: control characters and unpaired surrogates. */
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
        if (value.isBlank() || value.length() > max) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!UnicodeText.pairAt(value, i)) {
                    return UnicodeText.reportUnpaired(context, i);
                }
                i++;
                continue;
            }
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) && !(multiline && lineBreakOrTab)) || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
