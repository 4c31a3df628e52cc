package org.chemnet.network.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.access.AccessDeniedException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * The consent ledger use cases: record consents given and withdrawn, show what a person or organization agreed to,
 * and tell which organizations consent to be listed in a network's public directory.
 *
 * <p>The ledger is append-only: nothing recorded is changed, and a withdrawal is an entry of its own. The export of a
 * person's data includes their entries; erasing a person deletes their own entries and keeps those they gave for an
 * organization, naming them no more.
 *
 * <p>Get it from {@code NetworkRuntime.consents()}.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public interface ConsentLedger {
    /**
     * Appends an entry, as recorded by the runtime's actor (its {@link ConsentEntry#recordedBy()} is set so).
     * Recording one entry again (by its identifier, with the same content) returns the stored one.
     *
     * @param entry the entry
     * @return the entry as stored; never null
     * @throws NetworkValidationException if the entry is not valid, naming the field and the rule, or an entry with its
     *     identifier is stored with other content ({@code id}, rule {@code RecordedAlready})
     * @throws NotFoundException if its network, person, organization or scope is not stored
     * @throws AccessDeniedException unless the actor may record consents for its person and its organization in its
     *     network (under the standard policy a person records their own, not an organization's)
     */
    ConsentEntry record(ConsentEntry entry);

    /**
     * The entries that name a person, oldest first.
     *
     * @param person the person
     * @return the entries; never null
     * @throws AccessDeniedException unless the actor may read the person's data
     */
    List<ConsentEntry> entriesOf(PersonId person);

    /**
     * The entries that name an organization, oldest first.
     *
     * @param organization the organization
     * @return the entries; never null
     * @throws AccessDeniedException unless the actor may read personal data
     */
    List<ConsentEntry> entriesOf(OrganizationId organization);

    /**
     * The entries about a mail address, oldest first: those of subscriptions to it.
     *
     * @param address the address, in any case
     * @return the entries; never null
     * @throws AccessDeniedException unless the actor may read personal data
     */
    List<ConsentEntry> entriesAt(String address);

    /**
     * Those of some organizations that consent to be listed in a network's public directory: whose latest listing
     * entry in the network gives consent. Public: it says only what the directory shows. Ask a page's organizations a
     * chunk at a time.
     *
     * @param network the network
     * @param organizations the organizations asked about
     * @return those of them listed; never null
     */
    Set<OrganizationId> listedAmong(NetworkId network, Collection<OrganizationId> organizations);
}
