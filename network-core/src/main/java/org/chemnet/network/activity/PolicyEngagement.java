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
 * Taking part in policy making as a stakeholder, such as ChemSec as an accredited stakeholder in policy institutions and committees.
 *
 * @param id the identifier; never null
 * @param title the title; never null
 * @param description what it is; never null
 * @param institutions the institutions and committees engaged with; never null
 * @param retired the last day the network ran it, if retired; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record PolicyEngagement(
        ActivityId id,
        @Valid LocalizedText title,
        Optional<@Valid LocalizedText> description,
        List<@PlainText(max = 200) String> institutions,
        Optional<LocalDate> retired)
        implements Activity {
    /**
     * Creates the activity.
     *
     * @throws NullPointerException if a component is null or a collection holds null
     */
    public PolicyEngagement {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        institutions = List.copyOf(institutions);
        requireNonNull(retired, "retired");
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.POLICY_ENGAGEMENT;
    }

    @Override
    public PolicyEngagement retiredAfter(LocalDate lastDay) {
        requireNonNull(lastDay, "lastDay");
        return new PolicyEngagement(id, title, description, institutions, Optional.of(lastDay));
    }
}
