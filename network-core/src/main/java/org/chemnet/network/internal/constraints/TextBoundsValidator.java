package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.validation.TextBounds;

/**
 * Checks {@link TextBounds}: each language's text by the rule of {@code PlainText} with the annotation's bounds, each
 * tag by the rule of {@code LanguageTag}, at least one language.
 */
@API(status = INTERNAL, since = "0.5.0")
public final class TextBoundsValidator implements ConstraintValidator<TextBounds, LocalizedText> {
    private static final String ONE_LINE = "{org.chemnet.network.validation.TextBounds.oneLine}";
    private static final String DEFAULT = "{org.chemnet.network.validation.TextBounds.message}";
    private static final String TAG = "{org.chemnet.network.validation.LanguageTag.message}";

    private int max;
    private boolean multiline;
    private String message;

    @Override
    public void initialize(TextBounds annotation) {
        max = annotation.max();
        multiline = annotation.multiline();
        message = annotation.message().equals(DEFAULT) && !multiline ? ONE_LINE : annotation.message();
    }

    @Override
    public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value.values().isEmpty()) {
            return report(context, message);
        }
        for (Map.Entry<String, String> entry : value.values().entrySet()) {
            if (!LanguageTagValidator.wellFormed(entry.getKey())) {
                return report(context, TAG);
            }
            int found = PlainTextValidator.check(entry.getValue(), max, multiline);
            if (found >= 0) {
                return UnicodeText.reportUnpaired(context, found);
            }
            if (found != PlainTextValidator.PASSES) {
                return report(context, message);
            }
        }
        return true;
    }

    private static boolean report(ConstraintValidatorContext context, String template) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }
}
