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
import org.chemnet.network.internal.constraints.ConsistentGraphValidator;

/**
 * The annotated {@link org.chemnet.network.graph.NetworkGraph} is consistent: every organization, person, event and activity it refers to is in it, records belong to its network, identifiers are unique, no organization has two overlapping memberships in the same role, and no membership or board seat of a dissolved organization outlasts it.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE})
@Constraint(validatedBy = ConsistentGraphValidator.class)
@API(status = STABLE, since = "0.1.0")
public @interface ConsistentGraph {
    /**
     * The message template.
     *
     * @return the template; by default this constraint's key in the chemnet bundle
     */
    String message() default "{org.chemnet.network.validation.ConsistentGraph.message}";

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
