package org.chemnet.network.organization;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.validation.PlainText;

/**
 * One way to reach an organization: its office's address, phone or general e-mail.
 *
 * @param type the kind of contact; never null
 * @param value the address or number; never null
 * @param label what it is for, such as "Secretariat office"; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record ContactDetail(
        ContactType type, @PlainText(max = 500) String value, Optional<@PlainText(max = 200) String> label) {
    /**
     * Creates a contact detail.
     *
     * @throws NullPointerException if a component is null
     */
    public ContactDetail {
        requireNonNull(type, "type");
        requireNonNull(value, "value");
        requireNonNull(label, "label");
    }

    /**
     * A contact detail with no label.
     *
     * @param type the kind of contact
     * @param value the address or number
     * @return the detail; never null
     */
    public static ContactDetail of(ContactType type, String value) {
        return new ContactDetail(type, value, Optional.empty());
    }
}
