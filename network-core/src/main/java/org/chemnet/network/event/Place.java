package org.chemnet.network.event;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.validation.CountryCode;
import org.chemnet.network.validation.PlainText;

/**
 * Where an event is held.
 *
 * @param city the city, such as "Kielce"; never null
 * @param country the ISO 3166-1 alpha-2 code, such as {@code PL}; never null
 * @param venue the venue, such as "Targi Kielce"; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Place(
        @PlainText(max = 200) String city, @CountryCode String country, Optional<@PlainText(max = 300) String> venue) {
    /**
     * Creates a place.
     *
     * @throws NullPointerException if a component is null
     */
    public Place {
        requireNonNull(city, "city");
        requireNonNull(country, "country");
        requireNonNull(venue, "venue");
    }

    /**
     * A place in a city.
     *
     * @param city the city
     * @param country the ISO 3166-1 alpha-2 code
     * @return the place; never null
     */
    public static Place of(String city, String country) {
        return new Place(city, country, Optional.empty());
    }
}
