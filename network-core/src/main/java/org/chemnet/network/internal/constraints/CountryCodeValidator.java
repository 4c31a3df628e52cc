package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.validation.CountryCode;

/** Checks {@link CountryCode}. */
@API(status = INTERNAL, since = "0.1.0")
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {
    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CODES.contains(value);
    }
}
