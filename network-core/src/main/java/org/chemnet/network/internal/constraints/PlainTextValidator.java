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
