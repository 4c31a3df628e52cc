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
import org.chemnet.network.internal.constraints.CountryCodeValidator;

/**
 * The annotated text is an ISO 3166-1 alpha-2 country code in upper case, such as {@code JP}. Null is valid.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = CountryCodeValidator.class)
@API(status = STABLE, since = "0.1.0")
public @interface CountryCode {
    /**
     * The message template.
     *
     * @return the template; by default this constraint's key in the chemnet bundle
     */
    String message() default "{org.chemnet.network.validation.CountryCode.message}";

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
