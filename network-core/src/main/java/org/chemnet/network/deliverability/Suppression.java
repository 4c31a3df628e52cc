package org.chemnet.network.deliverability;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.validation.PlainText;

/**
 * An address's entry on the suppression list: nothing is sent to it while it stands.
 *
 * @param reason why; never null
 * @param since when it was suppressed, to the microsecond; never null
 * @param note who or what asked, for a person to read, such as "feedback loop of example.jp"; never null
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record Suppression(SuppressionReason reason, Instant since, Optional<@PlainText(max = 200) String> note) {
    /**
     * Creates an entry.
     *
     * @throws NullPointerException if a component is null
     */
    public Suppression {
        requireNonNull(reason, "reason");
        since = requireNonNull(since, "since").truncatedTo(ChronoUnit.MICROS);
        requireNonNull(note, "note");
    }
}
