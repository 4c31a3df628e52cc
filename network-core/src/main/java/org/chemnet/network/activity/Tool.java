package org.chemnet.network.activity;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.apiguardian.api.API;
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
 * @param retired the last day the network ran it, if retired; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Tool(
        ActivityId id,
        @Valid LocalizedText title,
        Optional<@Valid LocalizedText> description,
        Optional<@WebAddress String> website,
        Optional<Year> launched,
        Optional<LocalDate> retired)
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
        requireNonNull(retired, "retired");
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.TOOL;
    }

    @Override
    public Tool retiredAfter(LocalDate lastDay) {
        requireNonNull(lastDay, "lastDay");
        return new Tool(id, title, description, website, launched, Optional.of(lastDay));
    }
}
