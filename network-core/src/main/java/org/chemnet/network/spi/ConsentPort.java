package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.consent.ConsentEntry;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;

/**
 * The store port of the consent ledger: entries appended, in the order appended, never changed. Its contract suite is
 * {@code ConsentPortContract}, with races.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public interface ConsentPort {
    /**
     * Appends an entry.
     *
     * @param entry the entry
     * @throws ConcurrentUpdateException if an entry with its identifier is stored already
     */
    void append(ConsentEntry entry);

    /**
     * An entry.
     *
     * @param id its identifier
     * @return the entry, if stored; never null
     */
    java.util.Optional<ConsentEntry> find(org.chemnet.network.consent.ConsentEntryId id);

    /**
     * The entries that name a person, by instant, then in the order appended.
     *
     * @param person the person
     * @return the entries; never null
     */
    List<ConsentEntry> entriesOf(PersonId person);

    /**
     * The entries that name an organization, by instant, then in the order appended.
     *
     * @param organization the organization
     * @return the entries; never null
     */
    List<ConsentEntry> entriesOf(OrganizationId organization);

    /**
     * The entries about a mail address, by instant, then in the order appended.
     *
     * @param address the normalized address
     * @return the entries; never null
     */
    List<ConsentEntry> entriesAt(String address);

    /**
     * Those of some organizations that consent to be listed in a network's public directory: whose latest
     * {@code DIRECTORY_LISTING} entry in that network (by instant, then in the order appended, whoever gave it) gives
     * consent. Asked chunk by chunk, so that a directory of any size is read in bounded memory.
     *
     * @param network the network
     * @param organizations the organizations asked about, as many as a chunk of a page (up to a few thousand)
     * @return those of them listed; never null
     */
    Set<OrganizationId> listedAmong(NetworkId network, Collection<OrganizationId> organizations);

    /**
     * Takes a person out of the ledger, as when their data is erased: their entries for themselves are deleted, and
     * those they gave for an organization are kept for the organization, naming them no more.
     *
     * @param person the person
     * @return how many entries were deleted or redacted
     */
    int erase(PersonId person);
}
