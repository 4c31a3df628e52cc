package org.chemnet.network.internal.usecase;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.chemnet.network.validation.NetworkValidator;

/**
 * The messages of the rules that use cases check against what is stored (not on one record, as Bean Validation
 * does), from the same bundle as the constraints' messages, in English and Japanese. Not part of the API.
 */
final class RuleMessages {
    private static final String BUNDLE = "org.chemnet.network.validation.ValidationMessages";
    private static final String PREFIX = "org.chemnet.network.validation.";

    private RuleMessages() {}

    /**
     * A rule's message in the validator's default locale.
     *
     * @param rule the rule, such as {@code CapacityNotBelowConfirmed}
     * @param arguments the arguments of its message
     * @return the message; never null
     */
    static String format(String rule, Object... arguments) {
        return format(NetworkValidator.DEFAULT_LOCALE, rule, arguments);
    }

    /**
     * A rule's message in a locale.
     *
     * @param locale the locale
     * @param rule the rule
     * @param arguments the arguments of its message
     * @return the message; never null
     */
    static String format(Locale locale, String rule, Object... arguments) {
        String pattern = ResourceBundle.getBundle(
                        BUNDLE,
                        locale,
                        RuleMessages.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(PREFIX + rule + ".message");
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
