package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.chemnet.network.validation.Amount;

/**
 * Checks {@link Amount} from the scale and the unscaled value's size, in {@code long} arithmetic, so that no number is
 * ever expanded and no exponent overflows: {@code 1E+2147483647} has 2,147,483,648 integer digits, not a negative
 * number of them.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class AmountValidator implements ConstraintValidator<Amount, BigDecimal> {
    private int integer;
    private int fraction;
    /** The most bits an unscaled value of integer + fraction digits can have: 10^n < 2^(4n). */
    private long maxBits;

    @Override
    public void initialize(Amount annotation) {
        integer = annotation.integer();
        fraction = annotation.fraction();
        if (integer < 0 || fraction < 0) {
            throw new IllegalArgumentException("@Amount needs integer and fraction of 0 or more, but was integer = "
                    + integer + ", fraction = " + fraction);
        }
        maxBits = 4L * ((long) integer + fraction);
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        long scale = value.scale();
        // Cheap refusals first, so that precision() is only asked of a number of at most integer + fraction digits.
        if (scale > fraction || -scale >= integer || value.unscaledValue().bitLength() > maxBits) {
            return false;
        }
        long integerDigits = value.precision() - scale;
        return integerDigits <= integer;
    }
}
