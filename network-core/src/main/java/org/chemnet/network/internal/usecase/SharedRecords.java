package org.chemnet.network.internal.usecase;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chemnet.network.validation.Violation;

/**
 * What differs between a stored organization or person and one an import or registration gives: a violation per
 * component that differs, naming both values, so that the caller sees what their data would have overwritten.
 */
final class SharedRecords {
    private static final int SHOWN = 120;

    private SharedRecords() {}

    /**
     * The components that differ.
     *
     * @param rule the rule's name, such as {@code SharedOrganization}
     * @param stored what is stored
     * @param given what is given
     * @return a violation per component that differs; empty if the two are equal
     */
    static List<Violation> differences(String rule, Record stored, Record given) {
        List<Violation> found = new ArrayList<>();
        if (stored.equals(given)) {
            return found;
        }
        for (RecordComponent component : stored.getClass().getRecordComponents()) {
            Object was = value(component, stored);
            Object now = value(component, given);
            if (!Objects.equals(was, now)) {
                found.add(new Violation(
                        component.getName(),
                        rule,
                        "is stored as " + shown(was) + ", and other networks may hold it; given " + shown(now)
                                + " (ask for updateSharedOrganizations to change it)"));
            }
        }
        return found;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String shown(Object value) {
        if (value instanceof java.util.Optional<?> optional) {
            return optional.map(SharedRecords::shown).orElse("nothing");
        }
        String text = String.valueOf(value);
        return "'" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text) + "'";
    }
}
