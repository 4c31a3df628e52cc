package org.chemnet.network.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.chemnet.network.internal.constraints.PlainTextValidator;

/**
 * The annotated text is not blank, has at most {@link #max()} characters and no control characters: no line breaks
 * unless {@link #multiline()}, never any other control character. It is valid Unicode too: every surrogate is half of
 * a pair, as an unpaired one (which a JSON escape can make) cannot be written as UTF-8 or stored by a database; such
 * text is refused under this rule with a message that says where the surrogate is. Text that passes is safe to put
 * in a mail header, a log line or a database. Null is valid, so the constraint fits optional values
 * ({@code Optional<@PlainText String>}) as well.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = PlainTextValidator.class)
@API(status = STABLE, since = "0.1.0")
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
