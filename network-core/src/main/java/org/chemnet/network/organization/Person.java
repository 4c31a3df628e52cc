package org.chemnet.network.organization;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.validation.LanguageTag;
import org.chemnet.network.validation.MailAddress;
import org.chemnet.network.validation.PlainText;

/**
 * A person, with only what a representative, a contact or a subscriber needs: a name, a position, a way to write to
 * them and the language they read.
 *
 * <p>This is personal data: it can be exported and erased on request, and is never logged.
 *
 * @param id the person's identifier; never null
 * @param name the name as the person writes it; never null
 * @param position the position or title, such as "President"; never null
 * @param email the e-mail address; never null
 * @param language the BCP 47 tag of the language they read, such as {@code ja}; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Person(
        PersonId id,
        @PlainText(max = 200) String name,
        Optional<@PlainText(max = 200) String> position,
        Optional<@MailAddress String> email,
        Optional<@LanguageTag String> language) {

    /** The name an erased person is shown with. */
    public static final String ERASED_NAME = "(erased)";

    /**
     * Creates a person.
     *
     * @throws NullPointerException if a component is null
     */
    public Person {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(position, "position");
        requireNonNull(email, "email");
        requireNonNull(language, "language");
    }

    /**
     * A person known by name only.
     *
     * @param id the identifier
     * @param name the name
     * @return the person; never null
     */
    public static Person of(PersonId id, String name) {
        return new Person(id, name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * This person with every personal detail removed: what stays is the identifier, so that the history that refers
     * to it stays intact.
     *
     * @return the erased person; never null
     */
    public Person erased() {
        return of(id, ERASED_NAME);
    }

    /**
     * Tells whether this person's data was erased.
     *
     * @return true if only the identifier is left
     */
    public boolean isErased() {
        return ERASED_NAME.equals(name) && position.isEmpty() && email.isEmpty() && language.isEmpty();
    }
}
