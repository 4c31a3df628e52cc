package org.chemnet.network.organization;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;

/**
 * A name an organization had before it was renamed, up to and including its last day: Popolo's {@code other_names}
 * entry with an {@code end_date}. An organization's former names follow each other: the first was its name up to its
 * last day, each next one from the day after the one before it, and the current name from the day after the last.
 *
 * @param name the name it had; never null
 * @param lastDay the last day it had that name; never null
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public record FormerName(@Valid LocalizedText name, LocalDate lastDay) {
    /**
     * Creates a former name.
     *
     * @throws NullPointerException if a component is null
     */
    public FormerName {
        requireNonNull(name, "name");
        requireNonNull(lastDay, "lastDay");
    }
}
