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
 * Building the capacity of people and organizations to manage chemicals safely, such as in developing countries.
 *
 * @param id the identifier; never null
 * @param title the title; never null
 * @param description what it is; never null
 * @param audiences who is trained; never null
 * @param regions where; never null
 * @param retired the last day the network ran it, if retired; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record CapacityBuilding(
        ActivityId id,
        @Valid LocalizedText title,
        Optional<@Valid LocalizedText> description,
        List<@PlainText(max = 200) String> audiences,
        List<@PlainText(max = 100) String> regions,
        Optional<LocalDate> retired)
        implements Activity {
    /**
     * Creates the activity.
     *
     * @throws NullPointerException if a component is null or a collection holds null
     */
    public CapacityBuilding {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        audiences = List.copyOf(audiences);
        regions = List.copyOf(regions);
        requireNonNull(retired, "retired");
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.CAPACITY_BUILDING;
    }

    @Override
    public CapacityBuilding retiredAfter(LocalDate lastDay) {
        requireNonNull(lastDay, "lastDay");
        return new CapacityBuilding(id, title, description, audiences, regions, Optional.of(lastDay));
    }
}
