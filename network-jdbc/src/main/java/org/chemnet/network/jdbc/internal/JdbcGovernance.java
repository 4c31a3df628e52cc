package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.bigint;
import static org.chemnet.network.jdbc.internal.Args.bool;
import static org.chemnet.network.jdbc.internal.Args.date;
import static org.chemnet.network.jdbc.internal.Args.integer;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.day;
import static org.chemnet.network.jdbc.internal.Sql.optionalDay;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.common.Period;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.GovernancePort;
import org.chemnet.network.spi.Versioned;
import org.jdbi.v3.core.argument.Argument;

/**
 * The board, board seat, secretariat and former secretariat tables. Each seat is a versioned row of its own, placed
 * after the seats stored before it by the insert itself; the board row holds the board's name and its own version (0
 * until first advanced), and may be absent while seats exist. A former secretariat is a row of its own, placed after
 * the others.
 */
final class JdbcGovernance implements GovernancePort {
    private static final String SEAT_COLUMNS = "organization_id, representative_id, term_start, term_end, chair";
    private static final String SECRETARIAT_COLUMNS = "name, host_id, responsibilities, period_start, period_end";

    private final Sql sql;

    JdbcGovernance(Sql sql) {
        this.sql = sql;
    }

    // ---------------------------------------------------------------- board

    @Override
    public Board board(NetworkId network) {
        Optional<String> name = sql.one(
                "SELECT name FROM " + sql.t("board") + " WHERE network_id = ?",
                (rs, ctx) -> rs.getString(1),
                text(network.value()));
        List<BoardSeat> seats = sql.query(
                "SELECT * FROM " + sql.t("board_seat") + " WHERE network_id = ? ORDER BY pos, id",
                (rs, ctx) -> seat(rs),
                text(network.value()));
        return new Board(name.map(Values::text).orElseGet(() -> Board.empty().name()), seats);
    }

    private static BoardSeat seat(ResultSet rs) throws SQLException {
        return new BoardSeat(
                BoardSeatId.of(rs.getString("id")),
                OrganizationId.of(rs.getString("organization_id")),
                optionalText(rs, "representative_id").map(PersonId::of),
                new Period(day(rs, "term_start"), optionalDay(rs, "term_end")),
                rs.getBoolean("chair"));
    }

    @Override
    public long boardVersion(NetworkId network) {
        return sql.one(
                        "SELECT row_version FROM " + sql.t("board") + " WHERE network_id = ?",
                        (rs, ctx) -> rs.getLong(1),
                        text(network.value()))
                .orElse(0L);
    }

    /**
     * Advances the board row's version, or, at version 0 without a row, inserts the row (named as
     * {@link Board#empty()}) at version 1; of two such inserts at once, the second fails on the key.
     */
    @Override
    public long advanceBoard(NetworkId network, long expectedVersion) {
        int changed = sql.update(
                "UPDATE " + sql.t("board")
                        + " SET row_version = row_version + 1 WHERE network_id = ? AND row_version = ?",
                text(network.value()),
                bigint(expectedVersion));
        if (changed == 1) {
            return expectedVersion + 1;
        }
        if (expectedVersion == 0 && !sql.exists("board", "network_id = ?", text(network.value()))) {
            sql.insert(
                    e -> Sql.conflict(new ConcurrentUpdateException("board of network", network, 0), e),
                    "INSERT INTO " + sql.t("board") + " (network_id, name, row_version) VALUES (?, ?, 1)",
                    text(network.value()),
                    Values.textArg(Board.empty().name()));
            return 1;
        }
        throw new ConcurrentUpdateException("board of network", network, expectedVersion);
    }

    @Override
    public Optional<Versioned<BoardSeat>> seat(NetworkId network, BoardSeatId id) {
        return sql.one(
                "SELECT * FROM " + sql.t("board_seat") + " WHERE id = ? AND network_id = ?",
                (rs, ctx) -> new Versioned<>(seat(rs), rs.getLong("row_version")),
                text(id.value()),
                text(network.value()));
    }

    /** The seat's values other than its identifier, network and place. */
    private static Argument[] seatValues(BoardSeat s) {
        return new Argument[] {
            text(s.organization().value()),
            text(s.representative().map(PersonId::value)),
            date(s.term().start()),
            date(s.term().end()),
            bool(s.chair())
        };
    }

    /** Places the seat after the others in the insert itself: two seats added at once may share a place. */
    @Override
    public void insertSeat(NetworkId network, BoardSeat seat) {
        Argument[] values = seatValues(seat);
        sql.insert(
                "board seat",
                seat.id(),
                "INSERT INTO " + sql.t("board_seat") + " (id, network_id, pos, " + SEAT_COLUMNS + ") SELECT ?, ?,"
                        + " COALESCE(MAX(pos) + 1, 0), ?, ?, ?, ?, ? FROM " + sql.t("board_seat")
                        + " WHERE network_id = ?",
                text(seat.id().value()),
                text(network.value()),
                values[0],
                values[1],
                values[2],
                values[3],
                values[4],
                text(network.value()));
    }

    @Override
    public long updateSeat(NetworkId network, BoardSeat seat, long expectedVersion) {
        Argument[] values = seatValues(seat);
        return sql.updateVersioned(
                "board seat",
                seat.id(),
                "board_seat",
                SEAT_COLUMNS,
                "id, network_id",
                new Argument[] {
                    values[0],
                    values[1],
                    values[2],
                    values[3],
                    values[4],
                    text(seat.id().value()),
                    text(network.value())
                },
                2,
                expectedVersion);
    }

    /** The board's name (kept with its version if the row exists), then every seat in one batch, in order. */
    @Override
    public void insertBoard(NetworkId network, Board board) {
        sql.upsert("board", "name", "network_id", Values.textArg(board.name()), text(network.value()));
        List<Argument[]> rows = new ArrayList<>();
        for (int i = 0; i < board.seats().size(); i++) {
            BoardSeat s = board.seats().get(i);
            rows.add(new Argument[] {
                text(s.id().value()),
                text(network.value()),
                integer(i),
                text(s.organization().value()),
                text(s.representative().map(PersonId::value)),
                date(s.term().start()),
                date(s.term().end()),
                bool(s.chair())
            });
        }
        sql.batch(
                "INSERT INTO " + sql.t("board_seat") + " (id, network_id, pos, " + SEAT_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    // ---------------------------------------------------------------- secretariat

    @Override
    public Optional<Versioned<Secretariat>> secretariat(NetworkId network) {
        return sql.one(
                "SELECT * FROM " + sql.t("secretariat") + " WHERE network_id = ?",
                (rs, ctx) -> new Versioned<>(
                        new Secretariat(
                                Values.text(rs.getString("name")),
                                OrganizationId.of(rs.getString("host_id")),
                                Values.texts(rs.getString("responsibilities")),
                                Sql.period(rs, "period_start", "period_end")),
                        rs.getLong("row_version")),
                text(network.value()));
    }

    /** The columns' values, then the network. */
    private static Argument[] secretariatValues(NetworkId network, Secretariat s) {
        return new Argument[] {
            Values.textArg(s.name()),
            text(s.host().value()),
            text(Values.texts(s.responsibilities())),
            date(s.period().map(Period::start)),
            date(s.period().flatMap(Period::end)),
            text(network.value())
        };
    }

    @Override
    public long saveSecretariat(NetworkId network, Secretariat secretariat, long expectedVersion) {
        Argument[] values = secretariatValues(network, secretariat);
        if (expectedVersion == 0) {
            sql.insert(
                    "secretariat of network",
                    network,
                    "INSERT INTO " + sql.t("secretariat") + " (" + SECRETARIAT_COLUMNS + ", network_id) VALUES ("
                            + Sql.placeholders(values.length) + ")",
                    values);
            return 1;
        }
        int changed = sql.update(
                "UPDATE " + sql.t("secretariat") + " SET " + Sql.assignments(SECRETARIAT_COLUMNS, ", ")
                        + ", row_version = row_version + 1 WHERE network_id = ? AND row_version = ?",
                values[0],
                values[1],
                values[2],
                values[3],
                values[4],
                values[5],
                bigint(expectedVersion));
        if (changed == 0) {
            throw new ConcurrentUpdateException("secretariat of network", network, expectedVersion);
        }
        return expectedVersion + 1;
    }

    // ---------------------------------------------------------------- former secretariats

    @Override
    public List<Secretariat> formerSecretariats(NetworkId network) {
        return sql.query(
                "SELECT * FROM " + sql.t("secretariat_former") + " WHERE network_id = ? ORDER BY pos",
                (rs, ctx) -> new Secretariat(
                        Values.text(rs.getString("name")),
                        OrganizationId.of(rs.getString("host_id")),
                        Values.texts(rs.getString("responsibilities")),
                        Sql.period(rs, "period_start", "period_end")),
                text(network.value()));
    }

    /**
     * Places the former secretariat after the others in the insert itself; of two placed at once, the second fails
     * on the key and is reported as a conflict.
     */
    @Override
    public void insertFormerSecretariat(NetworkId network, Secretariat former) {
        Argument[] values = secretariatValues(network, former);
        sql.insert(
                e -> Sql.conflict(
                        new ConcurrentUpdateException("the history of the secretariat of network '" + network
                                + "' was added to by another writer at the same time: read it again"),
                        e),
                "INSERT INTO " + sql.t("secretariat_former") + " (" + SECRETARIAT_COLUMNS + ", network_id, pos)"
                        + " SELECT ?, ?, ?, ?, ?, ?, COALESCE(MAX(pos) + 1, 0) FROM " + sql.t("secretariat_former")
                        + " WHERE network_id = ?",
                values[0],
                values[1],
                values[2],
                values[3],
                values[4],
                values[5],
                text(network.value()));
    }

    /** One statement per {@value Sql#IN_LIST} identifiers. */
    @Override
    public java.util.Map<BoardSeatId, NetworkId> networksOfSeats(java.util.Collection<BoardSeatId> ids) {
        return NetworksOf.of(
                sql, "SELECT id, network_id FROM " + sql.t("board_seat") + " WHERE id IN ", ids, BoardSeatId::value);
    }
}
