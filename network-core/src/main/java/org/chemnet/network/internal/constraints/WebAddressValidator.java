package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.apiguardian.api.API;
import org.chemnet.network.validation.WebAddress;

/**
 * Checks {@link WebAddress}. {@link URI} takes any character outside ASCII that is not a control or a space, an
 * unpaired surrogate as well, so text that is not valid Unicode is refused first.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WebAddressValidator implements ConstraintValidator<WebAddress, String> {
    private static final int MAX_LENGTH = 2000;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        int unpaired = UnicodeText.firstUnpairedSurrogate(value);
        if (unpaired >= 0) {
            return UnicodeText.reportUnpaired(context, unpaired);
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http")
                            || scheme.toLowerCase(Locale.ROOT).equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
