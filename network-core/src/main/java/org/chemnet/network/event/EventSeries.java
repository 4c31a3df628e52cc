package org.chemnet.network.event;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.validation.PlainText;

/**
 * A series of events a network holds again and again, such as the ICCSS's Global Chemical Safety and Security Summit,
 * whose editions are CHEMSS2016 in Kielce and CHEMSS2017 in Shanghai. Each edition is an {@link Event} of its own,
 * with its own days, place, organizers and co-organizers; an event is an edition of at most one series.
 *
 * @param id the identifier; never null
 * @param network the network that holds it; never null
 * @param name the series' name; never null
 * @param acronym its short name, such as {@code CHEMSS}, if any; never null
 * @param editions its editions, by first day, then identifier; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record EventSeries(
        EventSeriesId id,
        NetworkId network,
        @Valid LocalizedText name,
        Optional<@PlainText(max = 30) String> acronym,
        List<EventId> editions) {
    /**
     * Creates a series.
     *
     * @throws NullPointerException if a component is null or the editions hold null
     */
    public EventSeries {
        requireNonNull(id, "id");
        requireNonNull(network, "network");
        requireNonNull(name, "name");
        requireNonNull(acronym, "acronym");
        editions = List.copyOf(editions);
    }
}
