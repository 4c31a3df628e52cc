package org.chemnet.network.consent;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.MailAddress;
import org.chemnet.network.validation.PlainText;
import org.chemnet.network.validation.TextBounds;

/**
 * One entry of the consent ledger: a consent given, or withdrawn, by a person, an organization, or a person for an
 * organization, to a network, for a purpose. Entries are never changed or removed (but with their person's data): a
 * withdrawal is an entry of its own, and the latest entry for a subject, network, purpose and scope says whether
 * consent stands.
 *
 * @param id the identifier; never null
 * @param network the network consent is given to; never null
 * @param person the person who consented, where one did; never null
 * @param organization the organization consent is for, where it is for one; never null
 * @param address the mail address it is for, where it is about mail to an address (a subscription of no person or
 *     organization names only its address), kept {@linkplain AddressStanding#normalized(String) normalized}; never
 *     null
 * @param purpose what it is for; never null
 * @param scope what it is about within the purpose, such as the newsletter; never null
 * @param given true for consent given, false for a withdrawal
 * @param channel how it was given or withdrawn; never null
 * @param text the text agreed to, in the languages shown, at most {@value #MAX_TEXT} characters each; never null
 * @param textVersion the version of that text, such as {@code 2026-03}; never null
 * @param at when, to the microsecond; never null
 * @param source where, such as "application form of 2026-03-02" or the page's address; never null
 * @param recordedBy who recorded it, as the runtime's actor; set by the ledger when the entry is recorded; never null
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record ConsentEntry(
        ConsentEntryId id,
        NetworkId network,
        Optional<PersonId> person,
        Optional<OrganizationId> organization,
        Optional<@MailAddress String> address,
        ConsentPurpose purpose,
        Optional<ActivityId> scope,
        boolean given,
        ConsentChannel channel,

        @TextBounds(max = ConsentEntry.MAX_TEXT, multiline = true)
        LocalizedText text,

        @PlainText(max = 50) String textVersion,
        Instant at,
        @PlainText(max = 200) String source,
        String recordedBy) {
    /** What {@link #recordedBy()} says once the person who recorded their own consent was erased. */
    public static final String ERASED_RECORDER = "PERSON (erased)";

    /** The most characters of the text of a consent, per language. */
    public static final int MAX_TEXT = 10_000;

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if it names no person, organization or address
     */
    public ConsentEntry {
        requireNonNull(id, "id");
        requireNonNull(network, "network");
        requireNonNull(person, "person");
        requireNonNull(organization, "organization");
        address = requireNonNull(address, "address").map(AddressStanding::normalized);
        if (person.isEmpty() && organization.isEmpty() && address.isEmpty()) {
            throw new IllegalArgumentException("a consent entry names a person, an organization or an address");
        }
        requireNonNull(purpose, "purpose");
        requireNonNull(scope, "scope");
        requireNonNull(channel, "channel");
        requireNonNull(text, "text");
        requireNonNull(textVersion, "textVersion");
        at = requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        requireNonNull(source, "source");
        requireNonNull(recordedBy, "recordedBy");
    }

    /**
     * This entry as recorded by someone.
     *
     * @param by who recorded it
     * @return a new entry; never null
     */
    public ConsentEntry recordedBy(String by) {
        return new ConsentEntry(
                id,
                network,
                person,
                organization,
                address,
                purpose,
                scope,
                given,
                channel,
                text,
                textVersion,
                at,
                source,
                by);
    }

    /**
     * Tells whether this entry is about the same consent as another: the same network, person, organization, address,
     * purpose and scope, so that the later of the two says whether it stands.
     *
     * @param other the other entry
     * @return true if both are about one consent
     */
    public boolean sameConsentAs(ConsentEntry other) {
        return network.equals(other.network)
                && person.equals(other.person)
                && organization.equals(other.organization)
                && address.equals(other.address)
                && purpose == other.purpose
                && scope.equals(other.scope);
    }
}
