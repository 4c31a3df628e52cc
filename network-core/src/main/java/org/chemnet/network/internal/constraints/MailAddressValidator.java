package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.chemnet.network.validation.MailAddress;

/** Checks {@link MailAddress}. */
@API(status = INTERNAL, since = "0.1.0")
public final class MailAddressValidator implements ConstraintValidator<MailAddress, String> {
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDRESS =
            Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return value.length() <= MAX_LENGTH
                && value.indexOf('@') <= MAX_LOCAL_LENGTH
                && ADDRESS.matcher(value).matches();
    }
}
