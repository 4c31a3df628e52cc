package org.chemnet.network.jdbc.internal;

import static java.util.Objects.requireNonNull;
import static org.chemnet.network.jdbc.internal.Args.bigint;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.access.Actor;
import org.chemnet.network.access.ActorKind;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.change.AuditQuery;
import org.chemnet.network.change.ListenerCursor;
import org.chemnet.network.change.RecordedChange;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.ChangePort;
import org.chemnet.network.spi.NewChange;
import org.jdbi.v3.core.argument.Argument;

/** The change log in the tables {@code change_record}, {@code change_sequence} and {@code change_cursor}. */
final class JdbcChanges implements ChangePort {
    private static final int MAX_ERROR = 1_000;
    private static final String COLUMNS = "sequence, at_us, actor_kind, actor_id, actor_network, kind, entity_kind,"
            + " entity_id, network_id, summary";

    private final Sql sql;

    JdbcChanges(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void append(List<NewChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        // The row lock taken here orders the appending transactions until they commit: see migration V8.
        sql.update(
                "UPDATE " + sql.t("change_sequence") + " SET last_sequence = last_sequence + ? WHERE id = 1",
                bigint(changes.size()));
        long last = sql.one(
                        "SELECT last_sequence FROM " + sql.t("change_sequence") + " WHERE id = 1",
                        (rs, ctx) -> rs.getLong(1))
                .orElseThrow(() -> new IllegalStateException("the change_sequence row is missing"));
        long sequence = last - changes.size();
        List<Argument[]> rows = new ArrayList<>(changes.size());
        for (NewChange change : changes) {
            sequence++;
            rows.add(new Argument[] {
                bigint(sequence),
                Args.micros(change.at()),
                text(change.actor().kind().name()),
                text(change.actor().id()),
                text(change.actor().network().map(NetworkId::value)),
                text(change.kind()),
                text(change.aggregate().kind().name()),
                text(change.aggregate().id()),
                text(change.network().map(NetworkId::value)),
                text(change.summary())
            });
        }
        sql.batch(
                "INSERT INTO " + sql.t("change_record") + " (" + COLUMNS + ") VALUES (" + Sql.placeholders(10) + ")",
                rows);
    }

    @Override
    public List<RecordedChange> after(long sequence, int limit) {
        return sql.query(
                "SELECT " + COLUMNS + " FROM " + sql.t("change_record") + " WHERE sequence > ? ORDER BY sequence"
                        + " LIMIT " + limit,
                (rs, ctx) -> change(rs),
                bigint(sequence));
    }

    @Override
    public List<RecordedChange> find(AuditQuery query) {
        StringBuilder where = new StringBuilder("sequence > ?");
        List<Argument> args = new ArrayList<>();
        args.add(bigint(query.afterSequence()));
        query.aggregate().ifPresent(a -> {
            where.append(" AND entity_kind = ? AND entity_id = ?");
            args.add(text(a.kind().name()));
            args.add(text(a.id()));
        });
        query.actor().ifPresent(a -> {
            where.append(" AND actor_id = ?");
            args.add(text(a));
        });
        query.network().ifPresent(n -> {
            where.append(" AND network_id = ?");
            args.add(text(n.value()));
        });
        query.from().ifPresent(f -> {
            where.append(" AND at_us >= ?");
            args.add(Args.micros(f));
        });
        query.until().ifPresent(u -> {
            where.append(" AND at_us < ?");
            args.add(Args.micros(u));
        });
        return sql.query(
                "SELECT " + COLUMNS + " FROM " + sql.t("change_record") + " WHERE " + where
                        + " ORDER BY sequence LIMIT " + query.limit(),
                (rs, ctx) -> change(rs),
                args.toArray(Argument[]::new));
    }

    @Override
    public int redact(PersonId person) {
        requireNonNull(person, "person");
        // First the counter row, as append takes it: a transaction that appends a change by or of this person either
        // committed before (and its rows are redacted here) or waits for this one (and sees the person erased).
        sql.update("UPDATE " + sql.t("change_sequence") + " SET last_sequence = last_sequence WHERE id = 1");
        int byPerson = sql.update(
                "UPDATE " + sql.t("change_record") + " SET actor_id = ? WHERE actor_id = ? AND actor_kind <> ?",
                text(Actor.ERASED),
                text(person.value()),
                text(ActorKind.SYSTEM.name()));
        int ofPerson = sql.update(
                "UPDATE " + sql.t("change_record") + " SET entity_id = ? WHERE entity_kind = ? AND entity_id = ?",
                text(Actor.ERASED),
                text(EntityKind.PERSON.name()),
                text(person.value()));
        return byPerson + ofPerson;
    }

    @Override
    public Optional<ListenerCursor> claim(String listener, String owner, Instant now, Instant leaseUntil) {
        if (cursor(listener).isEmpty()) {
            // Two nodes may insert at once: the loser's transaction fails, and its next round finds the row.
            sql.update(
                    "INSERT INTO " + sql.t("change_cursor") + " (listener, position, failures) VALUES (?, 0, 0)",
                    text(listener));
        }
        int taken = sql.update(
                "UPDATE " + sql.t("change_cursor") + " SET claim_owner = ?, claim_until_us = ? WHERE listener = ?"
                        + " AND (claim_owner IS NULL OR claim_until_us <= ?)"
                        + " AND (next_attempt_us IS NULL OR next_attempt_us <= ?)",
                text(owner),
                Args.micros(leaseUntil),
                text(listener),
                Args.micros(now),
                Args.micros(now));
        return taken == 1 ? cursor(listener) : Optional.empty();
    }

    @Override
    public boolean advance(String listener, String owner, long position, Instant leaseUntil) {
        return sql.update(
                        "UPDATE " + sql.t("change_cursor") + " SET position = ?, failures = 0, next_attempt_us = NULL,"
                                + " last_error = NULL, claim_until_us = ? WHERE listener = ? AND claim_owner = ?"
                                + " AND position < ?",
                        bigint(position),
                        Args.micros(leaseUntil),
                        text(listener),
                        text(owner),
                        bigint(position))
                == 1;
    }

    @Override
    public boolean failed(String listener, String owner, Instant nextAttempt, String error) {
        String message = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        return sql.update(
                        "UPDATE " + sql.t("change_cursor") + " SET failures = failures + 1, next_attempt_us = ?,"
                                + " last_error = ?, claim_owner = NULL, claim_until_us = NULL"
                                + " WHERE listener = ? AND claim_owner = ?",
                        Args.micros(nextAttempt),
                        text(message),
                        text(listener),
                        text(owner))
                == 1;
    }

    @Override
    public void release(String listener, String owner) {
        sql.update(
                "UPDATE " + sql.t("change_cursor") + " SET claim_owner = NULL, claim_until_us = NULL"
                        + " WHERE listener = ? AND claim_owner = ?",
                text(listener),
                text(owner));
    }

    @Override
    public Optional<ListenerCursor> cursor(String listener) {
        return sql.one(
                "SELECT listener, position, failures, next_attempt_us, last_error FROM " + sql.t("change_cursor")
                        + " WHERE listener = ?",
                (rs, ctx) -> {
                    long next = rs.getLong("next_attempt_us");
                    Optional<Instant> nextAttempt =
                            rs.wasNull() ? Optional.empty() : Optional.of(Args.fromMicros(next));
                    return new ListenerCursor(
                            rs.getString("listener"),
                            rs.getLong("position"),
                            rs.getInt("failures"),
                            nextAttempt,
                            optionalText(rs, "last_error"));
                },
                text(listener));
    }

    private static RecordedChange change(ResultSet rs) throws SQLException {
        return new RecordedChange(
                rs.getLong("sequence"),
                Args.fromMicros(rs.getLong("at_us")),
                new Actor(
                        ActorKind.valueOf(rs.getString("actor_kind")),
                        rs.getString("actor_id"),
                        optionalText(rs, "actor_network").map(NetworkId::of)),
                rs.getString("kind"),
                new EntityRef(EntityKind.valueOf(rs.getString("entity_kind")), rs.getString("entity_id")),
                optionalText(rs, "network_id").map(NetworkId::of),
                rs.getString("summary"));
    }
}
