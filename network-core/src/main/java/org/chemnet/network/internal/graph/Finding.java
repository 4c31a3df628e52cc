package org.chemnet.network.internal.graph;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apiguardian.api.API;
import org.chemnet.network.validation.Violation;

/**
 * A rule of a consistent network that a record breaks: where in the record, and the rule's message key in the chemnet
 * bundle ({@code ConsistentGraph.unknownOrganization} and the like). Not part of the API.
 *
 * @param property the record's property at fault, such as {@code organization}; dotted for a nested one
 * @param element the index of the element at fault in a list property, or -1 for the property itself
 * @param key the message key, without the bundle's prefix
 */
@API(status = INTERNAL, since = "0.1.0")
public record Finding(String property, int element, String key) {
    static Finding on(String property, String key) {
        return new Finding(property, -1, key);
    }

    /**
     * The path of what is at fault within the record, as Bean Validation writes paths: {@code organization} or
     * {@code organizers[1]}.
     *
     * @return the path
     */
    public String path() {
        return element < 0 ? property : property + "[" + element + "]";
    }

    /**
     * The finding as a violation of {@code ConsistentGraph}, with its message from the chemnet bundle, as Bean
     * Validation words it when it validates a whole graph.
     *
     * @param locale the language of the message
     * @return the violation
     */
    public Violation violation(Locale locale) {
        String message;
        try {
            message = ResourceBundle.getBundle(BUNDLE, locale).getString(PREFIX + key);
        } catch (MissingResourceException e) {
            message = key;
        }
        return new Violation(path(), "ConsistentGraph", message);
    }

    private static final String BUNDLE = "org.chemnet.network.validation.ValidationMessages";
    private static final String PREFIX = "org.chemnet.network.validation.";
}
