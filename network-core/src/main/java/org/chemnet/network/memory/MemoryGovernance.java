package org.chemnet.network.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.memory.MemoryNetworks.Versions;
import org.chemnet.network.spi.GovernancePort;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.Versioned;

/** Board seats, the board's version, the secretariat and its history of an in-memory store. */
final class MemoryGovernance implements GovernancePort {
    private final MemoryTransaction tx;

    MemoryGovernance(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Board board(NetworkId network) {
        return new Board(
                tx.data.boardNames.getOrDefault(network, Board.empty().name()),
                seatsOf(network).values().stream().map(Versioned::value).toList());
    }

    @Override
    public long boardVersion(NetworkId network) {
        return tx.data.boardVersions.getOrDefault(network, 0L);
    }

    @Override
    public long advanceBoard(NetworkId network, long expectedVersion) {
        long current = boardVersion(network);
        if (current != expectedVersion) {
            throw new ConcurrentUpdateException("board of network", network, expectedVersion);
        }
        tx.put(tx.data.boardVersions, network, current + 1);
        return current + 1;
    }

    @Override
    public Optional<Versioned<BoardSeat>> seat(NetworkId network, BoardSeatId id) {
        return Optional.ofNullable(seatsOf(network).get(id));
    }

    @Override
    public void insertSeat(NetworkId network, BoardSeat seat) {
        boolean taken = tx.data.seats.values().stream().anyMatch(seats -> seats.containsKey(seat.id()));
        if (taken) {
            throw new ConcurrentUpdateException(
                    "board seat '" + seat.id() + "' is stored already: another writer stored it first");
        }
        tx.put(tx.data.seats.computeIfAbsent(network, k -> new LinkedHashMap<>()), seat.id(), new Versioned<>(seat, 1));
    }

    @Override
    public long updateSeat(NetworkId network, BoardSeat seat, long expectedVersion) {
        return Versions.update(tx, seatsOf(network), seat.id(), seat, expectedVersion, "board seat");
    }

    @Override
    public void insertBoard(NetworkId network, Board board) {
        tx.put(tx.data.boardNames, network, board.name());
        for (BoardSeat seat : board.seats()) {
            try {
                insertSeat(network, seat);
            } catch (ConcurrentUpdateException e) {
                throw new NetworkStorageException(e.getMessage(), null, e);
            }
        }
    }

    @Override
    public Optional<Versioned<Secretariat>> secretariat(NetworkId network) {
        return Optional.ofNullable(tx.data.secretariats.get(network));
    }

    @Override
    public long saveSecretariat(NetworkId network, Secretariat secretariat, long expectedVersion) {
        if (expectedVersion == 0) {
            Versions.insert(tx, tx.data.secretariats, network, secretariat, "secretariat of network");
            return 1;
        }
        if (!tx.data.secretariats.containsKey(network)) {
            throw new ConcurrentUpdateException("secretariat of network", network, expectedVersion);
        }
        return Versions.update(
                tx, tx.data.secretariats, network, secretariat, expectedVersion, "secretariat of network");
    }

    @Override
    public List<Secretariat> formerSecretariats(NetworkId network) {
        return tx.data.formerSecretariats.getOrDefault(network, List.of());
    }

    @Override
    public void insertFormerSecretariat(NetworkId network, Secretariat former) {
        List<Secretariat> history = new ArrayList<>(formerSecretariats(network));
        history.add(former);
        tx.put(tx.data.formerSecretariats, network, List.copyOf(history));
    }

    private Map<BoardSeatId, Versioned<BoardSeat>> seatsOf(NetworkId network) {
        Map<BoardSeatId, Versioned<BoardSeat>> seats = tx.data.seats.get(network);
        if (seats == null) {
            return new LinkedHashMap<>();
        }
        return seats;
    }

    @Override
    public Map<BoardSeatId, NetworkId> networksOfSeats(java.util.Collection<BoardSeatId> ids) {
        Map<BoardSeatId, NetworkId> found = new java.util.HashMap<>();
        for (Map.Entry<NetworkId, Map<BoardSeatId, Versioned<BoardSeat>>> board : tx.data.seats.entrySet()) {
            for (BoardSeatId id : ids) {
                if (board.getValue().containsKey(id)) {
                    found.put(id, board.getKey());
                }
            }
        }
        return found;
    }
}
