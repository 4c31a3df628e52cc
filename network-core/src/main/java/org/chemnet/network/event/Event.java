package org.chemnet.network.event;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.validation.PlainText;

/**
 * A meeting or summit: its dates, place, organizers and co-organizers, and how many took part from how many
 * countries.
 *
 * @param id the identifier; never null
 * @param name the name; never null
 * @param acronym the short name, such as {@code CHEMSS2016}; never null
 * @param kind the format; never null
 * @param dates the days it was held, both inclusive; never null
 * @param place where it was held; never null
 * @param organizers the organizations that organized it; never null
 * @param coOrganizers the organizations that co-organized it; never null
 * @param participantCount how many took part, where counted; never null
 * @param countryCount from how many countries, where counted; never null
 * @param description what it was about; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Event(
        EventId id,
        @Valid LocalizedText name,
        Optional<@PlainText(max = 30) String> acronym,
        EventKind kind,
        @Valid Period dates,
        @Valid Place place,
        List<OrganizationId> organizers,
        List<OrganizationId> coOrganizers,
        Optional<@PositiveOrZero Integer> participantCount,
        Optional<@PositiveOrZero Integer> countryCount,
        Optional<@Valid LocalizedText> description) {
    /**
     * Creates an event.
     *
     * @throws NullPointerException if a component is null or a list holds null
     */
    public Event {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(acronym, "acronym");
        requireNonNull(kind, "kind");
        requireNonNull(dates, "dates");
        requireNonNull(place, "place");
        organizers = List.copyOf(organizers);
        coOrganizers = List.copyOf(coOrganizers);
        requireNonNull(participantCount, "participantCount");
        requireNonNull(countryCount, "countryCount");
        requireNonNull(description, "description");
    }
}
