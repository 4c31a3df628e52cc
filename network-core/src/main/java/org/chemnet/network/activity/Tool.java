package org.chemnet.network.activity;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import java.time.Year;
import java.util.Optional;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.validation.WebAddress;

/**
 * A tool a network offers, such as ChemSec's SIN List of substances to substitute or its Marketplace for safer alternatives.
 *
 * @param id the identifier; never null
 * @param title the title; never null
 * @param description what it is; never null
 * @param website where the tool is; never null
 * @param launched the year it was first published; never null
 * @since 0.1.0
 */
public record Tool(
        ActivityId id,
        @Valid LocalizedText title,
        Optional<@Valid LocalizedText> description,
        Optional<@WebAddress String> website,
        Optional<Year> launched)
        implements Activity {
    /**
     * Creates the activity.
     *
     * @throws NullPointerException if a component is null or a collection holds null
     */
    public Tool {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(website, "website");
        requireNonNull(launched, "launched");
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.TOOL;
    }
}
