package org.chemnet.network.newsletter;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.validation.PlainText;
import org.chemnet.network.validation.TextBounds;

/**
 * A message sent through the outbox, stored once however many recipients it has: a newsletter issue or a notice.
 * Its subject and body are in one or more languages; each delivery picks its recipient's.
 *
 * @param id the identifier; never null
 * @param kind a newsletter issue or a notice; never null
 * @param newsletter the newsletter activity, for an issue; never null
 * @param number the issue number, for an issue, such as 106; never null
 * @param date the day of the message; never null
 * @param topics the topics of an issue, empty for a general one; never null
 * @param subject the subject, one line of at most {@value #MAX_SUBJECT} characters per language; never null
 * @param body the plain-text body per language, at most {@value #MAX_BODY} characters each; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record MailMessage(
        MessageId id,
        MessageKind kind,
        Optional<ActivityId> newsletter,
        OptionalInt number,
        LocalDate date,
        Set<@PlainText(max = 100) String> topics,

        @TextBounds(max = MailMessage.MAX_SUBJECT, multiline = false)
        LocalizedText subject,

        @TextBounds(max = MailMessage.MAX_BODY, multiline = true)
        LocalizedText body) {
    /** The most characters a subject has in one language: one line, as mail programs show it. */
    public static final int MAX_SUBJECT = 500;

    /** The most characters a body has in one language: room for a mail magazine of some 50 pages. */
    public static final int MAX_BODY = 200_000;

    /**
     * Creates a message.
     *
     * @throws NullPointerException if a component is null
     */
    public MailMessage {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(newsletter, "newsletter");
        requireNonNull(number, "number");
        requireNonNull(date, "date");
        topics = Collections.unmodifiableSet(new TreeSet<>(topics));
        requireNonNull(subject, "subject");
        requireNonNull(body, "body");
    }

    /**
     * The subject in one language, exactly as composed: a mailer refuses one with line breaks rather than guess.
     *
     * @param languageTag the recipient's language
     * @return the subject; never null
     */
    public String subjectIn(String languageTag) {
        return subject.resolve(java.util.Locale.forLanguageTag(languageTag));
    }

    /**
     * The body in one language.
     *
     * @param languageTag the recipient's language
     * @return the body; never null
     */
    public String bodyIn(String languageTag) {
        return body.resolve(java.util.Locale.forLanguageTag(languageTag));
    }
}
