package org.chemnet.network.newsletter;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.chemnet.network.validation.PlainText;

/**
 * A subscriber's consent to receive newsletters: when it was given and how, so that it can be shown on request.
 *
 * @param date the day consent was given; never null
 * @param source how it was given, such as "web form" or "seminar sign-up sheet"; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Consent(LocalDate date, @PlainText(max = 200) String source) {
    /**
     * Creates a consent record.
     *
     * @throws NullPointerException if a component is null
     */
    public Consent {
        requireNonNull(date, "date");
        requireNonNull(source, "source");
    }
}
