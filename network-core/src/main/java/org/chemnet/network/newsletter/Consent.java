package org.chemnet.network.newsletter;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A subscriber's consent to receive newsletters: when it was given and how, so that it can be shown on request.
 *
 * @param date the day consent was given; never null
 * @param source how it was given, such as "web form" or "seminar sign-up sheet"; never null
 * @since 0.1.0
 */
public record Consent(
        LocalDate date, @NotBlank @Size(max = 200) String source) {
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
