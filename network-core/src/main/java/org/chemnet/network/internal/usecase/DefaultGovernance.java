package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;

/** The governance use cases. Not part of the API. */
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
            store(tx, events, network, tx.board(network).withSeat(seat));
            return seat;
        });
    }

    @Override
    public BoardSeat endSeat(NetworkId network, BoardSeatId seatId, LocalDate lastDay) {
        requireNonNull(lastDay, "lastDay");
        return context.change((tx, events) -> {
            Board board = tx.board(network);
            BoardSeat ended = seat(board, network, seatId).endingOn(lastDay);
            store(tx, events, network, board.withSeat(ended));
            return ended;
        });
    }

    @Override
    public Board changeChair(NetworkId network, BoardSeatId newChair, LocalDate from) {
        requireNonNull(from, "from");
        return context.change((tx, events) -> {
            Board board = tx.board(network);
            BoardSeat next = seat(board, network, newChair);
            if (!next.term().covers(from)) {
                throw new NetworkValidationException(List.of(new Violation(
                        "from",
                        "ChairWithinTerm",
                        "must be a day of the new chair's term " + next.term().start() + " to "
                                + next.term().end().map(LocalDate::toString).orElse("open"))));
            }
            Board changed = board;
            Optional<BoardSeat> current = board.chairOn(from);
            if (current.isPresent() && !current.get().id().equals(newChair)) {
                changed = split(changed, current.get(), from, false);
            }
            if (!next.chair()) {
                changed = split(changed, next, from, true);
            }
            store(tx, events, network, changed);
            return changed;
        });
    }

    @Override
    public Secretariat hostSecretariat(NetworkId network, Secretariat secretariat) {
        context.validator.check(secretariat);
        return context.change((tx, events) -> {
            UseCases.requireNetwork(tx, network);
            UseCases.requireOrganization(tx, secretariat.host());
            tx.putSecretariat(network, secretariat);
            events.add(new ChangeEvent.SecretariatHosted(network, secretariat));
            return secretariat;
        });
    }

    @Override
    public Board boardOn(NetworkId network, LocalDate day) {
        requireNonNull(day, "day");
        return context.store.read(r -> {
            Board board = r.board(network);
            return new Board(board.name(), board.seatsOn(day));
        });
    }

    /** Ends a seat the day before a day, and continues it from that day with or without the chair. */
    private static Board split(Board board, BoardSeat seat, LocalDate from, boolean chair) {
        Board changed = board;
        if (seat.term().start().isBefore(from)) {
            changed = changed.withSeat(seat.endingOn(from.minusDays(1)));
            BoardSeat continued = new BoardSeat(
                    BoardSeatId.random(),
                    seat.organization(),
                    seat.representative(),
                    new Period(from, seat.term().end()),
                    chair);
            return changed.withSeat(continued);
        }
        return changed.withSeat(
                new BoardSeat(seat.id(), seat.organization(), seat.representative(), seat.term(), chair));
    }

    private static BoardSeat seat(Board board, NetworkId network, BoardSeatId id) {
        requireNonNull(id, "seat");
        return board.seats().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("board seat of network " + network, id));
    }

    private void store(StoreTransaction tx, List<ChangeEvent> events, NetworkId network, Board board) {
        context.validator.check(board);
        tx.putBoard(network, board);
        events.add(new ChangeEvent.BoardChanged(network, board));
    }
}
