package org.chemnet.network.internal.usecase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.Sitting;
import org.chemnet.network.internal.graph.Heads;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.StoreTransaction;

/**
 * Who sat on a network's board on a day: the one rule every use case asks, whether to show the board, to let a board
 * member act, or to count a vote. A named representative sits for their seat; an ex officio seat's sitter is the
 * organization's head that day.
 */
final class Sittings {
    private Sittings() {}

    /**
     * The sittings of a day, in the order of the board's seats.
     *
     * @param tx the transaction
     * @param network the network
     * @param day the day
     * @return one sitting per seat whose term covers the day
     */
    static List<Sitting> on(StoreTransaction tx, NetworkId network, LocalDate day) {
        return tx.governance().board(network).seatsOn(day).stream()
                .map(seat -> new Sitting(seat, sitter(tx, seat, day)))
                .toList();
    }

    /**
     * Tells whether a person sat on a network's board on a day.
     *
     * @param tx the transaction
     * @param network the network
     * @param person the person
     * @param day the day
     * @return true if a seat of that day had them sit
     */
    static boolean sits(StoreTransaction tx, NetworkId network, Optional<PersonId> person, LocalDate day) {
        return person.isPresent()
                && on(tx, network, day).stream().anyMatch(s -> s.person().equals(person));
    }

    private static Optional<PersonId> sitter(StoreTransaction tx, BoardSeat seat, LocalDate day) {
        return Heads.sitter(seat, day, () -> tx.affiliations().affiliationsWith(seat.organization()));
    }
}
