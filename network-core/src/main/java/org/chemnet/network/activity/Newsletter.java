package org.chemnet.network.activity;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.validation.PlainText;

/**
 * A newsletter sent to subscribers, such as the Japanese network's free e-mail newsletter. Its issues are sent through the newsletter use cases; its subscribers are {@link org.chemnet.network.newsletter.Subscription}s.
 *
 * @param id the identifier; never null
 * @param title the title; never null
 * @param description what it is; never null
 * @param topics the topics subscribers can choose from; never null
 * @param fee what a subscription costs; never null
 * @param retired the last day the network ran it, if retired; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Newsletter(
        ActivityId id,
        @Valid LocalizedText title,
        Optional<@Valid LocalizedText> description,
        List<@PlainText(max = 100) String> topics,
        @Valid Fee fee,
        Optional<LocalDate> retired)
        implements Activity {
    /**
     * Creates the activity.
     *
     * @throws NullPointerException if a component is null or a collection holds null
     */
    public Newsletter {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        topics = List.copyOf(topics);
        requireNonNull(fee, "fee");
        requireNonNull(retired, "retired");
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.NEWSLETTER;
    }

    @Override
    public Newsletter retiredAfter(LocalDate lastDay) {
        requireNonNull(lastDay, "lastDay");
        return new Newsletter(id, title, description, topics, fee, Optional.of(lastDay));
    }
}
