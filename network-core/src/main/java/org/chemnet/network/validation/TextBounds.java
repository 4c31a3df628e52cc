package org.chemnet.network.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.chemnet.network.internal.constraints.TextBoundsValidator;

/**
 * The annotated {@link org.chemnet.network.common.LocalizedText} has, in each of its languages, {@link PlainText}
 * within these bounds instead of a text's usual ones (at most 10,000 characters, several lines): a mail subject is
 * one line, so that no value can add a header of its own; a newsletter body may be as long as a real magazine. Its
 * language tags are checked as {@link LanguageTag}. Put it in place of {@code @Valid} for bounds wider than the
 * usual ones, beside it for narrower ones. Null is valid.
 *
 * @since 0.5.0
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = TextBoundsValidator.class)
@API(status = EXPERIMENTAL, since = "0.5.0")
public @interface TextBounds {
    /**
     * The most characters allowed in each language.
     *
     * @return the maximum length
     */
    int max();

    /**
     * Whether line breaks (CR, LF) and tabs are allowed.
     *
     * @return true for text of several lines
     */
    boolean multiline();

    /**
     * The message template.
     *
     * @return the template; by default this constraint's key in the chemnet bundle, one for text of one line
     */
    String message() default "{org.chemnet.network.validation.TextBounds.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
