package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.Period;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.governance.Governance;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.GovernancePort;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;

/**
 * The governance use cases. Each seat is changed on its own, with the version it was read at; a change of who chairs
 * the board also advances the board's version, so two of them never both pass the one-chair rule. A hand-over of the
 * secretariat stores the new one with the version the current one was read at and adds the current one to the
 * history in the same transaction. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
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
            context.authorize(Action.APPOINT, EntityKind.BOARD, network, network);
            UseCases.requireNetwork(tx, network);
            OrganizationHistory.requireExistingAndHold(
                    tx, UseCases.requireOrganization(tx, organization), "a seat on the board of " + network);
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
            context.authorize(Action.APPOINT, EntityKind.BOARD, network, network);
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
            context.authorize(Action.APPOINT, EntityKind.BOARD, network, network);
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
            context.authorize(Action.HOST_SECRETARIAT, EntityKind.SECRETARIAT, network, network);
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
    public Secretariat handOverSecretariat(NetworkId network, OrganizationId newHost, LocalDate from) {
        requireNonNull(network, "network");
        requireNonNull(newHost, "newHost");
        requireNonNull(from, "from");
        return handOver(
                network,
                from,
                current -> new Secretariat(
                        current.name(), newHost, current.responsibilities(), Optional.of(Period.from(from))));
    }

    @Override
    public Secretariat handOverSecretariat(NetworkId network, Secretariat next) {
        requireNonNull(network, "network");
        requireNonNull(next, "next");
        context.validator.check(next);
        Period period = next.period()
                .orElseThrow(() -> new NetworkValidationException(List.of(new Violation(
                        "period", "NotNull", "must be given: its first day is the day of the hand-over"))));
        return handOver(network, period.start(), current -> next);
    }

    /**
     * Hands the secretariat over from a day: the current one, its period ended the day before (or earlier, if it
     * ended earlier already), goes into the history, and the next one is stored with the version the current one
     * was read at, in one transaction. Of two hand-overs at once, one wins; the other runs again and is judged
     * against the winner's secretariat.
     */
    private Secretariat handOver(NetworkId network, LocalDate from, UnaryOperator<Secretariat> next) {
        return context.change((tx, events) -> {
            context.authorize(Action.HOST_SECRETARIAT, EntityKind.SECRETARIAT, network, network);
            UseCases.requireNetwork(tx, network);
            GovernancePort governance = tx.governance();
            Versioned<Secretariat> stored = governance
                    .secretariat(network)
                    .orElseThrow(() -> new NetworkException("network '" + network
                            + "' has no secretariat to hand over: host one first (hostSecretariat)"));
            Secretariat current = stored.value();
            Period period = current.period()
                    .orElseThrow(() -> new NetworkException("the secretariat of network '" + network
                            + "' has no known period, so its end cannot be recorded: host it with its period first"
                            + " (hostSecretariat), then hand it over"));
            if (!from.isAfter(period.start())) {
                throw new NetworkValidationException(List.of(new Violation(
                        "from",
                        "HandOverAfterStart",
                        "must be after the first day of the current secretariat (" + period.start() + ", hosted by "
                                + current.host() + "), but was " + from)));
            }
            Secretariat after = next.apply(current);
            UseCases.requireOrganization(tx, after.host());
            LocalDate dayBefore = from.minusDays(1);
            LocalDate lastDay =
                    period.end().filter(end -> end.isBefore(dayBefore)).orElse(dayBefore);
            Secretariat before = new Secretariat(
                    current.name(), current.host(), current.responsibilities(), Optional.of(period.endingOn(lastDay)));
            governance.saveSecretariat(network, after, stored.version());
            governance.insertFormerSecretariat(network, before);
            events.add(new ChangeEvent.SecretariatHandedOver(network, before, after));
            return after;
        });
    }

    @Override
    public Optional<Secretariat> secretariatOn(NetworkId network, LocalDate day) {
        requireNonNull(day, "day");
        List<Secretariat> history = secretariats(network);
        for (int i = history.size() - 1; i >= 0; i--) {
            Secretariat secretariat = history.get(i);
            if (secretariat.period().map(p -> p.covers(day)).orElse(false)) {
                return Optional.of(secretariat);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Secretariat> secretariats(NetworkId network) {
        requireNonNull(network, "network");
        return context.store.read(r -> {
            List<Secretariat> history = new ArrayList<>(r.governance().formerSecretariats(network));
            r.governance().secretariat(network).map(Versioned::value).ifPresent(history::add);
            return List.copyOf(history);
        });
    }

    @Override
    public List<org.chemnet.network.governance.Sitting> sittingOn(NetworkId network, LocalDate day) {
        requireNonNull(network, "network");
        requireNonNull(day, "day");
        return context.store.read(r -> Sittings.on(r, network, day));
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
