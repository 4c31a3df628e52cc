package org.chemnet.network.newsletter;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.validation.PlainText;
import org.chemnet.network.validation.TextBounds;

/**
 * An issue of a newsletter, as composed: its number, day, topics, subject and body. Issuing it records one delivery
 * per subscriber in its audience.
 *
 * @param id the identifier of the message; never null
 * @param newsletter the newsletter activity; never null
 * @param number the issue number, such as 106
 * @param date the day of the issue; never null
 * @param topics its topics, empty for a general issue that goes to every subscriber; never null
 * @param subject the subject per language, one line of at most {@value MailMessage#MAX_SUBJECT} characters; never null
 * @param body the plain-text body per language, at most {@value MailMessage#MAX_BODY} characters; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record NewsletterIssue(
        MessageId id,
        ActivityId newsletter,
        @Positive int number,
        LocalDate date,
        Set<@PlainText(max = 100) String> topics,

        @TextBounds(max = MailMessage.MAX_SUBJECT, multiline = false)
        LocalizedText subject,

        @TextBounds(max = MailMessage.MAX_BODY, multiline = true)
        LocalizedText body) {
    /**
     * Creates an issue.
     *
     * @throws NullPointerException if a component is null
     */
    public NewsletterIssue {
        requireNonNull(id, "id");
        requireNonNull(newsletter, "newsletter");
        requireNonNull(date, "date");
        topics = Collections.unmodifiableSet(new TreeSet<>(topics));
        requireNonNull(subject, "subject");
        requireNonNull(body, "body");
    }

    /**
     * The issue as a message of the outbox.
     *
     * @return the message; never null
     */
    public MailMessage toMessage() {
        return new MailMessage(
                id,
                MessageKind.NEWSLETTER_ISSUE,
                java.util.Optional.of(newsletter),
                java.util.OptionalInt.of(number),
                date,
                topics,
                subject,
                body);
    }
}
