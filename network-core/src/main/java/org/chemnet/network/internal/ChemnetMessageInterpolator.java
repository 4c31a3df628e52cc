package org.chemnet.network.internal;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Resolves the chemnet message keys ({@code {org.chemnet.network....}}) from our own bundle, then hands the template
 * to the provider's interpolator for the rest. Our bundle has a name of its own, so a host's
 * {@code ValidationMessages.properties} neither hides ours nor is hidden by it. Messages are always in the locale
 * this interpolator was made for.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ChemnetMessageInterpolator implements MessageInterpolator {
    /** The bundle with the chemnet messages, in English and Japanese. */
    public static final String BUNDLE = "org.chemnet.network.validation.ValidationMessages";

    private static final Pattern KEY = Pattern.compile("\\{(org\\.chemnet\\.network\\.[A-Za-z0-9_.]+)}");

    private final MessageInterpolator delegate;
    private final Locale locale;
    private final ResourceBundle bundle;

    /**
     * Creates an interpolator.
     *
     * @param delegate the provider's interpolator
     * @param locale the language of the messages
     */
    public ChemnetMessageInterpolator(MessageInterpolator delegate, Locale locale) {
        this.delegate = requireNonNull(delegate, "delegate");
        this.locale = requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                ChemnetMessageInterpolator.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, locale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale ignored) {
        return delegate.interpolate(resolveKeys(messageTemplate), context, locale);
    }

    private String resolveKeys(String template) {
        Matcher matcher = KEY.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String text;
            try {
                text = bundle.getString(matcher.group(1));
            } catch (MissingResourceException e) {
                text = matcher.group();
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(text));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }
}
