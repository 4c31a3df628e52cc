package org.chemnet.network.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.util.List;

/**
 * Reports violations of a class-level constraint on the parts of the object they are about, so that each path names
 * the field at fault, with message keys of the chemnet bundle.
 */
final class Violations {
    private static final String PREFIX = "{org.chemnet.network.validation.";

    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Violations(ConstraintValidatorContext context) {
        this.context = context;
        context.disableDefaultConstraintViolation();
    }

    /** Reports a violation on a dotted path of properties, such as {@code end} or {@code secretariat.host}. */
    void on(String dottedPath, String key) {
        start(dottedPath, key).addConstraintViolation();
        valid = false;
    }

    /** Reports a violation on {@code list[index].property}; list may be dotted, such as {@code board.seats}. */
    void on(String list, int index, String property, String key) {
        start(list, key).addPropertyNode(property).inIterable().atIndex(index).addConstraintViolation();
        valid = false;
    }

    /** Reports a violation on {@code list[index].inner[innerIndex]}, such as {@code events[0].organizers[1]}. */
    void onElement(String list, int index, String inner, int innerIndex, String key) {
        start(list, key)
                .addPropertyNode(inner)
                .inIterable()
                .atIndex(index)
                .addContainerElementNode("<list element>", List.class, 0)
                .inIterable()
                .atIndex(innerIndex)
                .addConstraintViolation();
        valid = false;
    }

    boolean valid() {
        return valid;
    }

    private NodeBuilderCustomizableContext start(String dottedPath, String key) {
        String[] names = dottedPath.split("\\.", -1);
        NodeBuilderCustomizableContext node =
                context.buildConstraintViolationWithTemplate(PREFIX + key + "}").addPropertyNode(names[0]);
        for (int i = 1; i < names.length; i++) {
            node = node.addPropertyNode(names[i]);
        }
        return node;
    }
}
