package org.chemnet.network.activity;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.validation.PlainText;

/**
 * Dialogue on chemicals management with counterparts abroad: administrative bodies and industrial sectors.
 *
 * @param id the identifier; never null
 * @param title the title; never null
 * @param description what it is; never null
 * @param counterparts who the dialogue is with, such as "foreign administrative bodies"; never null
 * @param regions the regions of focus, such as "East Asia"; never null
 * @param retired the last day the network ran it, if retired; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Dialogue(
        ActivityId id,
        @Valid LocalizedText title,
        Optional<@Valid LocalizedText> description,
        List<@PlainText(max = 200) String> counterparts,
        List<@PlainText(max = 100) String> regions,
        Optional<LocalDate> retired)
        implements Activity {
    /**
     * Creates the activity.
     *
     * @throws NullPointerException if a component is null or a collection holds null
     */
    public Dialogue {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        counterparts = List.copyOf(counterparts);
        regions = List.copyOf(regions);
        requireNonNull(retired, "retired");
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.DIALOGUE;
    }

    @Override
    public Dialogue retiredAfter(LocalDate lastDay) {
        requireNonNull(lastDay, "lastDay");
        return new Dialogue(id, title, description, counterparts, regions, Optional.of(lastDay));
    }
}
