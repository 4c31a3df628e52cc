package org.chemnet.network.activity;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.internal.Checks;
import org.chemnet.network.organization.SupplyChainPosition;
import org.chemnet.network.validation.PlainText;

/**
 * Collecting information on chemicals management and passing it to participants: abroad (REACH and RoHS in Europe, China RoHS in East Asia) or at home along the supply chain.
 *
 * @param id the identifier; never null
 * @param title the title; never null
 * @param description what it is; never null
 * @param regions the regions covered, such as "Europe" or "East Asia"; never null
 * @param regulations the regulations followed, such as "REACH"; never null
 * @param supplyChainStages the stages of the supply chain covered; never null
 * @param retired the last day the network ran it, if retired; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record InformationCollection(
        ActivityId id,
        @Valid LocalizedText title,
        Optional<@Valid LocalizedText> description,
        List<@PlainText(max = 100) String> regions,
        List<@PlainText(max = 100) String> regulations,
        Set<SupplyChainPosition> supplyChainStages,
        Optional<LocalDate> retired)
        implements Activity {
    /**
     * Creates the activity.
     *
     * @throws NullPointerException if a component is null or a collection holds null
     */
    public InformationCollection {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        regions = List.copyOf(regions);
        regulations = List.copyOf(regulations);
        supplyChainStages = Checks.enumSet(supplyChainStages, SupplyChainPosition.class);
        requireNonNull(retired, "retired");
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.INFORMATION_COLLECTION;
    }

    @Override
    public InformationCollection retiredAfter(LocalDate lastDay) {
        requireNonNull(lastDay, "lastDay");
        return new InformationCollection(
                id, title, description, regions, regulations, supplyChainStages, Optional.of(lastDay));
    }
}
