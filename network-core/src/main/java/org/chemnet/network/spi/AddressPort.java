package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.kernel.ConcurrentUpdateException;

/**
 * The store port of what is known about each mail address: its standing (bounce score, hold, reminders,
 * suppression), a versioned row per normalized address, and the log of bounces, one row per bounce reference. Its
 * contract suite is {@code AddressPortContract}, with races.
 *
 * <p>Addresses are given {@linkplain AddressStanding#normalized(String) normalized}; an address with no row stands
 * {@linkplain AddressStanding#clean(String) clean}.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public interface AddressPort {
    /**
     * The standing of an address, with its version.
     *
     * @param address the normalized address
     * @return the standing, if a row is stored; never null
     */
    Optional<Versioned<AddressStanding>> find(String address);

    /**
     * The standings of some addresses that have a row: the question every send asks of its recipients at once.
     *
     * @param addresses normalized addresses, as many as a batch of the outbox or an issue's audience
     * @return the standing of each stored, by address; those without a row are absent; never null
     */
    Map<String, AddressStanding> standings(Collection<String> addresses);

    /**
     * Inserts the standing of an address that has none, at version 1.
     *
     * @param standing the standing
     * @throws ConcurrentUpdateException if the address has a row already
     */
    void insert(AddressStanding standing);

    /**
     * Replaces a standing if nobody changed it since it was read.
     *
     * @param standing the standing
     * @param expectedVersion the version that was read
     * @return the new version
     * @throws ConcurrentUpdateException if the stored version is not the one expected
     * @throws org.chemnet.network.kernel.NotFoundException if the address has no row
     */
    long update(AddressStanding standing, long expectedVersion);

    /**
     * Deletes the standing of an address, as when its owner's data is erased and nothing requires it to be kept.
     *
     * @param address the normalized address
     * @return true if a row was stored and is deleted
     */
    boolean delete(String address);

    /**
     * A page of the suppressed addresses, by address (keyset paging).
     *
     * @param after the address after which the page starts, not itself included; empty for the first page
     * @param limit the most to return, 1 or more
     * @return the standings, in order of address; never null
     */
    List<AddressStanding> suppressedAfter(Optional<String> after, int limit);

    /**
     * Held addresses, not suppressed, that a reminder or the suppression may be due for: those with no reminder yet,
     * and those whose last reminder was recorded at or before an instant.
     *
     * @param remindedBefore the instant
     * @param limit the most to return, 1 or more
     * @return the standings, in order of address; never null
     */
    List<AddressStanding> heldDue(Instant remindedBefore, int limit);

    /**
     * Adds a bounce to the log.
     *
     * @param bounce the bounce; its address as reported
     * @return true if it was added; false if a bounce with its reference is in the log already
     * @throws ConcurrentUpdateException if another transaction adds one with its reference at the same time
     */
    boolean insertBounce(Bounce bounce);

    /**
     * The bounces of an address, oldest first.
     *
     * @param address the normalized address
     * @return the bounces whose address normalizes to it; never null
     */
    List<Bounce> bounces(String address);

    /**
     * Deletes the bounces of an address from the log, as when its owner's data is erased; its standing stays, so
     * that an erased owner is not mailed again.
     *
     * @param address the normalized address
     * @return how many were deleted
     */
    int deleteBounces(String address);
}
