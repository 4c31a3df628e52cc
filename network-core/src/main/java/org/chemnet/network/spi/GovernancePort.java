package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;

/**
 * The store port for a network's governance: board seats, each its own versioned row; the board's own version, which
 * every change of who chairs it advances, so that two such changes never both pass the one-chair rule; the
 * secretariat, versioned; and the former secretariats, its history, rows of their own. Its contract suite is
 * {@code GovernancePortContract}.
 *
 * @since 0.2.0
 */
@API(status = STABLE, since = "0.2.0")
public interface GovernancePort {
    /**
     * A network's board, every seat past and present, in the order the seats were stored.
     *
     * @param network the network
     * @return the board; {@link Board#empty()}'s name and no seats if nothing is stored; never null
     */
    Board board(NetworkId network);

    /**
     * The version of a network's board as a whole: advanced by {@link #advanceBoard} only, never by seat changes.
     *
     * @param network the network
     * @return the version; 0 if the board was never advanced
     */
    long boardVersion(NetworkId network);

    /**
     * Advances the version of a network's board if nobody advanced it since it was read: the guard of a change of who
     * chairs the board.
     *
     * @param network the network
     * @param expectedVersion the version that was read; 0 if there was none
     * @return the new version
     * @throws ConcurrentUpdateException if the stored version is not the one expected
     */
    long advanceBoard(NetworkId network, long expectedVersion);

    /**
     * A board seat with its version.
     *
     * @param network the network
     * @param id the seat
     * @return the seat, if the network's board has it; never null
     */
    Optional<Versioned<BoardSeat>> seat(NetworkId network, BoardSeatId id);

    /**
     * Adds a seat to a network's board, at version 1, after the seats stored before.
     *
     * @param network the network
     * @param seat the seat
     * @throws ConcurrentUpdateException if a seat with its identifier is stored already
     */
    void insertSeat(NetworkId network, BoardSeat seat);

    /**
     * Replaces a seat (its term, representative or chair) if nobody changed it since it was read.
     *
     * @param network the network
     * @param seat the seat
     * @param expectedVersion the version that was read
     * @return the new version
     * @throws ConcurrentUpdateException if the stored version is not the one expected
     * @throws org.chemnet.network.kernel.NotFoundException if the network's board has no such seat
     */
    long updateSeat(NetworkId network, BoardSeat seat, long expectedVersion);

    /**
     * Stores a new network's board, its name and every seat: the bulk path of imports.
     *
     * @param network the network, whose board is not stored yet
     * @param board the board
     * @throws NetworkStorageException if one of its seats is stored already
     */
    void insertBoard(NetworkId network, Board board);

    /**
     * A network's secretariat with its version.
     *
     * @param network the network
     * @return the secretariat, if it has one; never null
     */
    Optional<Versioned<Secretariat>> secretariat(NetworkId network);

    /**
     * Sets a network's secretariat if nobody changed it since it was read.
     *
     * @param network the network
     * @param secretariat the secretariat
     * @param expectedVersion the version that was read; 0 if the network had no secretariat
     * @return the new version
     * @throws ConcurrentUpdateException if the stored version is not the one expected (a network without a
     *     secretariat is at version 0)
     */
    long saveSecretariat(NetworkId network, Secretariat secretariat, long expectedVersion);

    /**
     * The secretariats a network had before its current one, as handed over, oldest first.
     *
     * @param network the network
     * @return the former secretariats, in the order they were added; never null
     * @since 0.3.0
     */
    List<Secretariat> formerSecretariats(NetworkId network);

    /**
     * Adds a former secretariat to a network's history, after those stored before: what a hand-over writes in the
     * transaction of its {@link #saveSecretariat}, so that the history and the current secretariat change together.
     *
     * @param network the network
     * @param former the secretariat that was handed over, with its period ended
     * @throws ConcurrentUpdateException if another writer added a former secretariat at the same place at once
     * @since 0.3.0
     */
    void insertFormerSecretariat(NetworkId network, Secretariat former);

    /**
     * The networks of those of some board seats that are stored, whichever network's board holds them: the bulk
     * question of imports, so that a seat identifier another network holds is a refused board rather than a failed
     * insert. By default none are reported, as {@link #seat(NetworkId, BoardSeatId)} needs the network, and such a
     * board fails its insert ({@link NetworkStorageException}); stores override it and ask at once.
     *
     * @param ids the identifiers, those of one board
     * @return the network of each one stored, by identifier; those not stored are absent; never null
     * @since 0.3.0
     */
    default java.util.Map<BoardSeatId, NetworkId> networksOfSeats(java.util.Collection<BoardSeatId> ids) {
        return java.util.Map.of();
    }
}
