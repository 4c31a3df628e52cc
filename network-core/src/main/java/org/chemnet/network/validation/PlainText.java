package org.chemnet.network.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.chemnet.network.internal.constraints.PlainTextValidator;

/**
 * The annotated text is not blank, has at most {@link #max()} characters and no control characters: no line breaks
 * unless {@link #multiline()}, never any other control character. Such text is safe to put in a mail header or a log
 * line. Null is valid, so the constraint fits optional values ({@code Optional<@PlainText String>}) as well.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {
    /**
     * The most characters allowed.
     *
     * @return the maximum length
     */
    int max() default 200;

    /**
     * Whether line breaks (CR, LF) and tabs are allowed.
     *
     * @return true for text of several lines
     */
    boolean multiline() default false;

    /**
     * The message template.
     *
     * @return the template; by default this constraint's key in the chemnet bundle
     */
    String message() default "{org.chemnet.network.validation.PlainText.message}";

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
