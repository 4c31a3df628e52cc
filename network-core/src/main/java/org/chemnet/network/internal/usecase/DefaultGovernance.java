package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.ConcurrentUpdateException;
import org.chemnet.network.NetworkId;
import org.chemnet.network.NotFoundException;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.Period;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.governance.Governance;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.GovernancePort;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;

/**
 * The governance use cases. Each seat is changed on its own, with the version it was read at; a change of who chairs
 * the board also advances the board's version, so two of them never both pass the one-chair rule. Not part of the
 * API.
 */
public final class DefaultGovernance implements Governance {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultGovernance(UseCases context) {
        this.context = context;
    }

    @Override
    public BoardSeat appoint(
            NetworkId network,
            OrganizationId organization,
            Optional<PersonId> representative,
            Period term,
            boolean chair) {
        BoardSeat seat = new BoardSeat(BoardSeatId.random(), organization, representative, term, chair);
        return context.change((tx, events) -> {
            UseCases.requireNetwork(tx, network);
            UseCases.requireOrganization(tx, organization);
            representative.ifPresent(p -> UseCases.requirePerson(tx, p));
            GovernancePort governance = tx.governance();
            long version = governance.boardVersion(network);
            context.validator.check(governance.board(network).withSeat(seat));
            if (chair) {
                governance.advanceBoard(network, version);
            }
            governance.insertSeat(network, seat);
            changed(tx, events, network);
            return seat;
        });
    }

    @Override
    public BoardSeat endSeat(NetworkId network, BoardSeatId seatId, LocalDate lastDay) {
        requireNonNull(lastDay, "lastDay");
        return context.change((tx, events) -> {
            GovernancePort governance = tx.governance();
            Versioned<BoardSeat> stored = seat(governance, network, seatId);
            BoardSeat ended = stored.value().endingOn(lastDay);
            long version = governance.boardVersion(network);
            context.validator.check(governance.board(network).withSeat(ended));
            if (ended.chair()) {
                governance.advanceBoard(network, version);
            }
            governance.updateSeat(network, ended, stored.version());
            changed(tx, events, network);
            return ended;
        });
    }

    @Override
    public Board changeChair(NetworkId network, BoardSeatId newChair, LocalDate from) {
        requireNonNull(from, "from");
        return context.change((tx, events) -> {
            GovernancePort governance = tx.governance();
            long version = governance.boardVersion(network);
            Board board = governance.board(network);
            Versioned<BoardSeat> next = seat(governance, network, newChair);
            if (!next.value().term().covers(from)) {
                throw new NetworkValidationException(List.of(new Violation(
                        "from",
                        "ChairWithinTerm",
                        "must be a day of the new chair's term "
                                + next.value().term().start() + " to "
                                + next.value()
                                        .term()
                                        .end()
                                        .map(LocalDate::toString)
                                        .orElse("open"))));
            }
            governance.advanceBoard(network, version);
            Optional<BoardSeat> current = board.chairOn(from);
            if (current.isPresent() && !current.get().id().equals(newChair)) {
                Versioned<BoardSeat> chairing =
                        seat(governance, network, current.get().id());
                if (!chairing.value().equals(current.get())) {
                    throw new ConcurrentUpdateException(
                            "board seat", chairing.value().id(), chairing.version());
                }
                split(governance, network, chairing, from, false);
            }
            if (!next.value().chair()) {
                split(governance, network, next, from, true);
            }
            context.validator.check(governance.board(network));
            return changed(tx, events, network);
        });
    }

    @Override
    public Secretariat hostSecretariat(NetworkId network, Secretariat secretariat) {
        context.validator.check(secretariat);
        return context.change((tx, events) -> {
            UseCases.requireNetwork(tx, network);
            UseCases.requireOrganization(tx, secretariat.host());
            long version =
                    tx.governance().secretariat(network).map(Versioned::version).orElse(0L);
            tx.governance().saveSecretariat(network, secretariat, version);
            events.add(new ChangeEvent.SecretariatHosted(network, secretariat));
            return secretariat;
        });
    }

    @Override
    public Board boardOn(NetworkId network, LocalDate day) {
        requireNonNull(day, "day");
        return context.store.read(r -> {
            Board board = r.governance().board(network);
            return new Board(board.name(), board.seatsOn(day));
        });
    }

    /**
     * Gives a seat the chair, or takes it away, from a day: a seat that began before that day ends the day before and
     * continues from it as a new seat; one that begins that day changes in place.
     */
    private static void split(
            GovernancePort governance, NetworkId network, Versioned<BoardSeat> stored, LocalDate from, boolean chair) {
        BoardSeat seat = stored.value();
        if (seat.term().start().isBefore(from)) {
            governance.updateSeat(network, seat.endingOn(from.minusDays(1)), stored.version());
            governance.insertSeat(
                    network,
                    new BoardSeat(
                            BoardSeatId.random(),
                            seat.organization(),
                            seat.representative(),
                            new Period(from, seat.term().end()),
                            chair));
        } else {
            governance.updateSeat(
                    network,
                    new BoardSeat(seat.id(), seat.organization(), seat.representative(), seat.term(), chair),
                    stored.version());
        }
    }

    private static Versioned<BoardSeat> seat(GovernancePort governance, NetworkId network, BoardSeatId id) {
        requireNonNull(id, "seat");
        return governance
                .seat(network, id)
                .orElseThrow(() -> new NotFoundException("board seat of network " + network, id));
    }

    private static Board changed(StoreTransaction tx, List<ChangeEvent> events, NetworkId network) {
        Board board = tx.governance().board(network);
        events.add(new ChangeEvent.BoardChanged(network, board));
        return board;
    }
}
