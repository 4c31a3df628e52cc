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
import org.chemnet.network.internal.constraints.LegalStatusHistoryValidator;

/**
 * The annotated {@link org.chemnet.network.membership.Membership} has a status history that starts with an application (or, for records brought in from elsewhere, an active participation), moves only along legal transitions, and never goes back in time.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE})
@Constraint(validatedBy = LegalStatusHistoryValidator.class)
@API(status = STABLE, since = "0.1.0")
public @interface LegalStatusHistory {
    /**
     * The message template.
     *
     * @return the template; by default this constraint's key in the chemnet bundle
     */
    String message() default "{org.chemnet.network.validation.LegalStatusHistory.message}";

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
