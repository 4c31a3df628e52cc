package org.chemnet.network.governance;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.Period;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * The governance use cases: appoint and end board seats, change the chair, host the secretariat and hand it over,
 * keeping its history. The board rules (at most one chair on any day, terms that end after they start) hold after
 * every change: a change that would break them is refused with {@link NetworkValidationException} and nothing is
 * stored.
 *
 * <p>Get it from {@code NetworkRuntime.governance()}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface Governance {
    /**
     * Appoints an organization to a seat on the board for a term.
     *
     * @param network the network
     * @param organization the board member organization
     * @param representative the person who sits for it; empty for a seat held ex officio by the organization's head
     * @param term the days of the term
     * @param chair true if the seat chairs the board
     * @return the new seat; never null
     * @throws NotFoundException if the network, organization or representative is not stored
     * @throws NetworkValidationException if the board rules would break
     * @throws org.chemnet.network.organization.OrganizationEndedException if the organization is dissolved
     */
    BoardSeat appoint(
            NetworkId network,
            OrganizationId organization,
            Optional<PersonId> representative,
            Period term,
            boolean chair);

    /**
     * Appoints an organization to a seat held ex officio: on each day of the term, whoever heads the organization
     * that day (its {@code HEAD} affiliation) sits for it, so the seat follows the head when the head changes. The
     * same as {@link #appoint} with no representative.
     *
     * @param network the network
     * @param organization the board member organization
     * @param term the days of the term
     * @param chair true if the seat chairs the board
     * @return the new seat; never null
     * @throws NotFoundException if the network or organization is not stored
     * @throws NetworkValidationException if the board rules would break
     * @since 0.5.0
     */
    default BoardSeat appointExOfficio(NetworkId network, OrganizationId organization, Period term, boolean chair) {
        return appoint(network, organization, Optional.empty(), term, chair);
    }

    /**
     * Who sat on the board on a day: for each seat whose term covers it, its named representative or, for a seat
     * held ex officio, the organization's head that day (none, if it had no head recorded).
     *
     * @param network the network; one that is not stored has no board
     * @param day the day
     * @return the sittings, in the order of the board's seats; never null
     * @since 0.5.0
     */
    List<Sitting> sittingOn(NetworkId network, LocalDate day);

    /**
     * Ends a seat's term on a day.
     *
     * @param network the network
     * @param seat the seat
     * @param lastDay the last day the seat is held
     * @return the seat, ended; never null
     * @throws NotFoundException if the seat is not on the network's board
     * @throws NetworkValidationException if the last day is before the term starts
     */
    BoardSeat endSeat(NetworkId network, BoardSeatId seat, LocalDate lastDay);

    /**
     * Hands the chair to another seat from a day: the current chair's seat ends the day before and continues as an
     * ordinary seat; the new chair's seat ends the day before and continues as the chair, each to its planned end.
     *
     * @param network the network
     * @param newChair the seat that chairs from that day
     * @param from the first day of the new chair
     * @return the board after the change; never null
     * @throws NotFoundException if the seat is not on the network's board
     * @throws NetworkValidationException if the seat's term does not cover that day
     */
    Board changeChair(NetworkId network, BoardSeatId newChair, LocalDate from);

    /**
     * Has an organization host the network's secretariat, replacing any before without keeping it in the history (to
     * keep it, hand the secretariat over).
     *
     * @param network the network
     * @param secretariat the secretariat
     * @return the secretariat; never null
     * @throws NotFoundException if the network or host organization is not stored
     */
    Secretariat hostSecretariat(NetworkId network, Secretariat secretariat);

    /**
     * Hands the network's secretariat over to another host from a day, keeping the one before in the history: the
     * new secretariat keeps the current one's name and responsibilities and holds from that day on; the current
     * one's period ends the day before (or earlier, if it ended earlier already). To change the name or the
     * responsibilities at the same time, hand over a whole secretariat ({@link #handOverSecretariat(NetworkId,
     * Secretariat)}).
     *
     * @param network the network
     * @param newHost the organization that hosts the secretariat from that day
     * @param from the first day of the new host
     * @return the new secretariat, as stored; never null
     * @throws NotFoundException if the network or the new host is not stored
     * @throws org.chemnet.network.kernel.NetworkException if the network has no secretariat, or one whose period is not
     *     known (host it with its period first)
     * @throws NetworkValidationException if {@code from} is not after the current secretariat's first day
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if other writers kept overtaking the change; nothing is
     *     stored then
     * @since 0.3.0
     */
    Secretariat handOverSecretariat(NetworkId network, OrganizationId newHost, LocalDate from);

    /**
     * Hands the network's secretariat over to a new one, as {@link #handOverSecretariat(NetworkId, OrganizationId,
     * LocalDate)} does, with its own name, host and responsibilities: the first day of its period is the day of the
     * hand-over.
     *
     * @param network the network
     * @param next the new secretariat, with its period
     * @return the new secretariat, as stored; never null
     * @throws NetworkValidationException if the new secretariat is not valid, has no period, or starts on or before
     *     the current one's first day
     * @throws NotFoundException if the network or the new host is not stored
     * @throws org.chemnet.network.kernel.NetworkException if the network has no secretariat, or one whose period is not
     *     known
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if other writers kept overtaking the change; nothing is
     *     stored then
     * @since 0.3.0
     */
    Secretariat handOverSecretariat(NetworkId network, Secretariat next);

    /**
     * The secretariat of a network on a day: the one whose period covers it. A secretariat whose period is not known
     * holds on no day.
     *
     * @param network the network; one that is not stored has none
     * @param day the day
     * @return the secretariat of that day, if any; never null
     * @since 0.3.0
     */
    Optional<Secretariat> secretariatOn(NetworkId network, LocalDate day);

    /**
     * The secretariats of a network, oldest first: each handed over, as the history keeps it, then the current one.
     *
     * @param network the network; one that is not stored has none
     * @return the secretariats, the current one last; never null
     * @since 0.3.0
     */
    List<Secretariat> secretariats(NetworkId network);

    /**
     * The board as it sat on a day: only the seats whose term covers the day.
     *
     * @param network the network
     * @param day the day
     * @return the board of that day; never null
     */
    Board boardOn(NetworkId network, LocalDate day);
}
