package org.chemnet.network.governance;

import java.time.LocalDate;
import java.util.Optional;
import org.chemnet.network.NetworkId;
import org.chemnet.network.NotFoundException;
import org.chemnet.network.common.Period;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * The governance use cases: appoint and end board seats, change the chair, host the secretariat. The board rules
 * (at most one chair on any day, terms that end after they start) hold after every change: a change that would break
 * them is refused with {@link NetworkValidationException} and nothing is stored.
 *
 * <p>Get it from {@code NetworkRuntime.governance()}.
 *
 * @since 0.1.0
 */
public interface Governance {
    /**
     * Appoints an organization to a seat on the board for a term.
     *
     * @param network the network
     * @param organization the board member organization
     * @param representative the person who sits for it
     * @param term the days of the term
     * @param chair true if the seat chairs the board
     * @return the new seat; never null
     * @throws NotFoundException if the network, organization or representative is not stored
     * @throws NetworkValidationException if the board rules would break
     */
    BoardSeat appoint(
            NetworkId network,
            OrganizationId organization,
            Optional<PersonId> representative,
            Period term,
            boolean chair);

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
     * Has an organization host the network's secretariat, replacing any before.
     *
     * @param network the network
     * @param secretariat the secretariat
     * @return the secretariat; never null
     * @throws NotFoundException if the network or host organization is not stored
     */
    Secretariat hostSecretariat(NetworkId network, Secretariat secretariat);

    /**
     * The board as it sat on a day: only the seats whose term covers the day.
     *
     * @param network the network
     * @param day the day
     * @return the board of that day; never null
     */
    Board boardOn(NetworkId network, LocalDate day);
}
