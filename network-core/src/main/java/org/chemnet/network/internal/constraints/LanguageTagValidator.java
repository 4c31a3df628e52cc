package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.apiguardian.api.API;
import org.chemnet.network.validation.LanguageTag;

/** Checks {@link LanguageTag}. */
@API(status = INTERNAL, since = "0.1.0")
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || wellFormed(value);
    }

    /**
     * Tells whether a tag is a well-formed BCP 47 tag with a language.
     *
     * @param value the tag; not null
     * @return true if it is
     */
    static boolean wellFormed(String value) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value).build();
            return !locale.getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
