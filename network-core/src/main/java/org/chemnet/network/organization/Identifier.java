package org.chemnet.network.organization;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;
import org.chemnet.network.validation.CheckedIdentifier;
import org.chemnet.network.validation.PlainText;

/**
 * An identifier an organization has in some register: a scheme and a value, as Popolo's {@code identifiers}.
 *
 * <p>Schemes with a check digit are checked by {@link CheckedIdentifier}: {@link #JP_CORPORATE_NUMBER} and
 * {@link #LEI}.
 *
 * @param scheme the register, in lower case, such as {@code lei}; never null
 * @param value the identifier in that register; never null
 * @since 0.1.0
 */
@CheckedIdentifier
@API(status = STABLE, since = "0.1.0")
public record Identifier(
        @PlainText(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*")
        String scheme,

        @PlainText(max = 256) String value) {

    /** Japan's 13-digit Corporate Number (法人番号), issued by the National Tax Agency. */
    public static final String JP_CORPORATE_NUMBER = "jp-corporate-number";

    /** The Legal Entity Identifier, ISO 17442: 20 characters with two check digits. */
    public static final String LEI = "lei";

    /**
     * Creates an identifier.
     *
     * @throws NullPointerException if a component is null
     */
    public Identifier {
        requireNonNull(scheme, "scheme");
        requireNonNull(value, "value");
    }

    /**
     * An identifier in a scheme.
     *
     * @param scheme the register
     * @param value the identifier in that register
     * @return the identifier; never null
     */
    public static Identifier of(String scheme, String value) {
        return new Identifier(scheme, value);
    }
}
