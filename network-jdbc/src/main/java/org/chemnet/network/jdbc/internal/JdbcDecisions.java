package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.bigint;
import static org.chemnet.network.jdbc.internal.Args.date;
import static org.chemnet.network.jdbc.internal.Args.integer;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.day;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.decision.BoardRules;
import org.chemnet.network.decision.Count;
import org.chemnet.network.decision.Decision;
import org.chemnet.network.decision.Majority;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.MotionId;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.decision.VoteOption;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.DecisionPort;
import org.chemnet.network.spi.Versioned;

/**
 * The board rules, motion and vote tables. A motion row is versioned: advancing it is the turn every vote and the
 * outcome take; the vote's key, motion and seat, keeps one vote per seat whoever casts it.
 */
final class JdbcDecisions implements DecisionPort {
    private static final String MOTION_COLUMNS = "id, network_id, motion_text, activity_id, vote_day, quorum_percent,"
            + " majority, passed, decided_on, yes_count, no_count, abstain_count, sitting_count";

    private final Sql sql;

    JdbcDecisions(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Versioned<BoardRules>> rules(NetworkId network) {
        return sql.one(
                "SELECT quorum_percent, majority, row_version FROM " + sql.t("board_rules") + " WHERE network_id = ?",
                (rs, ctx) -> new Versioned<>(
                        new BoardRules(rs.getInt("quorum_percent"), Majority.valueOf(rs.getString("majority"))),
                        rs.getLong("row_version")),
                text(network.value()));
    }

    @Override
    public long saveRules(NetworkId network, BoardRules rules, long expectedVersion) {
        if (expectedVersion == 0) {
            sql.insert(
                    "board rules of network",
                    network,
                    "INSERT INTO " + sql.t("board_rules")
                            + " (network_id, quorum_percent, majority, row_version) VALUES (?, ?, ?, 1)",
                    text(network.value()),
                    integer(rules.quorumPercent()),
                    text(rules.majority().name()));
            return 1;
        }
        int changed = sql.update(
                "UPDATE " + sql.t("board_rules")
                        + " SET quorum_percent = ?, majority = ?, row_version = row_version + 1"
                        + " WHERE network_id = ? AND row_version = ?",
                integer(rules.quorumPercent()),
                text(rules.majority().name()),
                text(network.value()),
                bigint(expectedVersion));
        if (changed == 0) {
            throw new ConcurrentUpdateException("board rules of network", network, expectedVersion);
        }
        return expectedVersion + 1;
    }

    @Override
    public Optional<Versioned<Motion>> motion(MotionId id) {
        return sql.one(
                "SELECT " + MOTION_COLUMNS + ", row_version FROM " + sql.t("motion") + " WHERE id = ?",
                (rs, ctx) -> new Versioned<>(motion(rs), rs.getLong("row_version")),
                text(id.value()));
    }

    @Override
    public long saveMotion(Motion motion, long expectedVersion) {
        Optional<Decision> decision = motion.decision();
        Boolean passed = decision.map(Decision::passed).orElse(null);
        if (expectedVersion == 0) {
            sql.insert(
                    "motion",
                    motion.id(),
                    "INSERT INTO " + sql.t("motion") + " (" + MOTION_COLUMNS + ", row_version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    text(motion.id().value()),
                    text(motion.network().value()),
                    Values.textArg(motion.text()),
                    text(motion.activity().map(ActivityId::value)),
                    date(motion.voteDay()),
                    integer(motion.rules().quorumPercent()),
                    text(motion.rules().majority().name()),
                    Args.bool(passed),
                    date(decision.map(Decision::decidedOn)),
                    count(decision, VoteOption.YES),
                    count(decision, VoteOption.NO),
                    count(decision, VoteOption.ABSTAIN),
                    integer(decision.map(Decision::sitting).orElse(null)));
            return 1;
        }
        int changed = sql.update(
                "UPDATE " + sql.t("motion") + " SET passed = ?, decided_on = ?, yes_count = ?, no_count = ?,"
                        + " abstain_count = ?, sitting_count = ?, row_version = row_version + 1"
                        + " WHERE id = ? AND row_version = ?",
                Args.bool(passed),
                date(decision.map(Decision::decidedOn)),
                count(decision, VoteOption.YES),
                count(decision, VoteOption.NO),
                count(decision, VoteOption.ABSTAIN),
                integer(decision.map(Decision::sitting).orElse(null)),
                text(motion.id().value()),
                bigint(expectedVersion));
        if (changed == 0) {
            throw new ConcurrentUpdateException("motion", motion.id(), expectedVersion);
        }
        return expectedVersion + 1;
    }

    @Override
    public List<Motion> motions(NetworkId network) {
        return sql.query(
                "SELECT " + MOTION_COLUMNS + " FROM " + sql.t("motion") + " WHERE network_id = ? ORDER BY vote_day, id",
                (rs, ctx) -> motion(rs),
                text(network.value()));
    }

    @Override
    public List<Motion> motionsAbout(ActivityId activity) {
        return sql.query(
                "SELECT " + MOTION_COLUMNS + " FROM " + sql.t("motion")
                        + " WHERE activity_id = ? ORDER BY vote_day, id",
                (rs, ctx) -> motion(rs),
                text(activity.value()));
    }

    @Override
    public List<Vote> votes(MotionId motion) {
        return sql.query(
                "SELECT motion_id, seat_id, voter_id, vote_option, cast_us FROM " + sql.t("vote")
                        + " WHERE motion_id = ? ORDER BY cast_us, seat_id",
                (rs, ctx) -> vote(rs),
                text(motion.value()));
    }

    @Override
    public List<Vote> votesBy(PersonId voter) {
        return sql.query(
                "SELECT motion_id, seat_id, voter_id, vote_option, cast_us FROM " + sql.t("vote")
                        + " WHERE voter_id = ? ORDER BY cast_us, motion_id",
                (rs, ctx) -> vote(rs),
                text(voter.value()));
    }

    @Override
    public void insertVote(Vote vote) {
        sql.insert(
                "vote of " + vote.voter() + " for seat " + vote.seat() + " on motion",
                vote.motion(),
                "INSERT INTO " + sql.t("vote") + " (motion_id, seat_id, voter_id, vote_option, cast_us)"
                        + " VALUES (?, ?, ?, ?, ?)",
                text(vote.motion().value()),
                text(vote.seat().value()),
                text(vote.voter().value()),
                text(vote.option().name()),
                Args.micros(vote.castAt()));
    }

    private static Vote vote(ResultSet rs) throws SQLException {
        return new Vote(
                MotionId.of(rs.getString("motion_id")),
                BoardSeatId.of(rs.getString("seat_id")),
                PersonId.of(rs.getString("voter_id")),
                VoteOption.valueOf(rs.getString("vote_option")),
                Args.fromMicros(rs.getLong("cast_us")));
    }

    private static org.jdbi.v3.core.argument.Argument count(Optional<Decision> decision, VoteOption option) {
        return integer(decision.map(d -> d.counts().stream()
                        .filter(c -> c.option() == option)
                        .mapToInt(Count::value)
                        .sum())
                .orElse(null));
    }

    private static Motion motion(ResultSet rs) throws SQLException {
        boolean passed = rs.getBoolean("passed");
        boolean decided = !rs.wasNull();
        Optional<Decision> decision = Optional.empty();
        if (decided) {
            decision = Optional.of(new Decision(
                    passed,
                    day(rs, "decided_on"),
                    List.of(
                            new Count(VoteOption.YES, rs.getInt("yes_count")),
                            new Count(VoteOption.NO, rs.getInt("no_count")),
                            new Count(VoteOption.ABSTAIN, rs.getInt("abstain_count"))),
                    rs.getInt("sitting_count")));
        }
        return new Motion(
                MotionId.of(rs.getString("id")),
                NetworkId.of(rs.getString("network_id")),
                Values.text(rs.getString("motion_text")),
                optionalText(rs, "activity_id").map(ActivityId::of),
                day(rs, "vote_day"),
                new BoardRules(rs.getInt("quorum_percent"), Majority.valueOf(rs.getString("majority"))),
                decision);
    }
}
