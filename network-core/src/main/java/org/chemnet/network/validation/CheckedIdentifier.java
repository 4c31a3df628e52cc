package org.chemnet.network.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.chemnet.network.internal.constraints.CheckedIdentifierValidator;

/**
 * The annotated {@link org.chemnet.network.organization.Identifier} has a valid check digit where its scheme has one: Japan's 13-digit Corporate Number and the LEI (ISO 17442, ISO 7064 MOD 97-10). Identifiers of other schemes are only checked to be non-blank. The violation is reported on its value.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE})
@Constraint(validatedBy = CheckedIdentifierValidator.class)
@API(status = STABLE, since = "0.1.0")
public @interface CheckedIdentifier {
    /**
     * The message template.
     *
     * @return the template; by default this constraint's key in the chemnet bundle
     */
    String message() default "{org.chemnet.network.validation.CheckedIdentifier.message}";

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
