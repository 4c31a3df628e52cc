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
import org.chemnet.network.internal.constraints.AmountValidator;

/**
 * The annotated {@link java.math.BigDecimal} has at most {@link #integer()} digits before the decimal point and
 * {@link #fraction()} after it, as {@code @Digits} means, but judged from its precision and scale alone: the number is
 * never expanded, so an amount such as {@code 1E+2147483647} is refused at once instead of passing (the integer
 * digits of {@code @Digits} overflow an {@code int} in Hibernate Validator) and then exhausting whoever writes it
 * out in full. A zero with a large exponent ({@code 0E+20}) counts its exponent's digits too, as with
 * {@code @Digits}. Null is valid.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = AmountValidator.class)
@API(status = STABLE, since = "0.1.0")
public @interface Amount {
    /**
     * The most digits before the decimal point.
     *
     * @return the maximum, 0 or more
     */
    int integer();

    /**
     * The most digits after the decimal point.
     *
     * @return the maximum, 0 or more
     */
    int fraction();

    /**
     * The message template.
     *
     * @return the template; by default this constraint's key in the chemnet bundle
     */
    String message() default "{org.chemnet.network.validation.Amount.message}";

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
