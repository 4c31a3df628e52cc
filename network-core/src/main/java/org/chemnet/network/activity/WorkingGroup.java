package org.chemnet.network.activity;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.organization.OrganizationId;

/**
 * A group of organizations working together within a network, such as the ChemSec Business Group of companies working on substitution of hazardous substances.
 *
 * @param id the identifier; never null
 * @param title the title; never null
 * @param description what it is; never null
 * @param members the organizations in the group; never null
 * @param since the year the group began; never null
 * @param retired the last day the network ran it, if retired; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record WorkingGroup(
        ActivityId id,
        @Valid LocalizedText title,
        Optional<@Valid LocalizedText> description,
        List<OrganizationId> members,
        Optional<Year> since,
        Optional<LocalDate> retired)
        implements Activity {
    /**
     * Creates the activity.
     *
     * @throws NullPointerException if a component is null or a collection holds null
     */
    public WorkingGroup {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        members = List.copyOf(members);
        requireNonNull(since, "since");
        requireNonNull(retired, "retired");
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.WORKING_GROUP;
    }

    @Override
    public WorkingGroup retiredAfter(LocalDate lastDay) {
        requireNonNull(lastDay, "lastDay");
        return new WorkingGroup(id, title, description, members, since, Optional.of(lastDay));
    }
}
