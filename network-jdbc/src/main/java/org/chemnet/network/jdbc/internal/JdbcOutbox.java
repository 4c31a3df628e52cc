package org.chemnet.network.jdbc.internal;

import static java.util.Objects.requireNonNull;
import static org.chemnet.network.jdbc.internal.Args.date;
import static org.chemnet.network.jdbc.internal.Args.integer;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.day;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.MessageKind;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.OutboxPort;
import org.jdbi.v3.core.argument.Argument;

/**
 * The mail message and delivery tables, and the claims under which nodes send deliveries ({@code claim_owner} until
 * {@code claim_until_us}).
 *
 * <p>On PostgreSQL a claim locks and fetches: the due rows are selected {@code FOR UPDATE SKIP LOCKED}, so that two
 * nodes claiming at once take different rows without waiting for each other, and then marked; PostgreSQL checks the
 * condition again on a row that changed before it locked it. Elsewhere a claim is optimistic: the due rows are
 * selected, then each is marked only if it is still due and unclaimed, by an update whose condition the database
 * checks on the row it locks; a node keeps the rows it marked, and selects again in place of those another node took
 * first, at most {@value #CLAIM_ROUNDS} times. H2 2.x selects the candidates {@code FOR UPDATE SKIP LOCKED} too, so
 * that a node does not wait for the rows another is claiming; the marking update keeps the claim right whether or
 * not H2 checks the condition again after a lock.
 */
final class JdbcOutbox implements OutboxPort {
    /** The most times an optimistic claim selects again after losing rows to another node. */
    private static final int CLAIM_ROUNDS = 8;

    /** A pending delivery that is due and unclaimed, or whose claim ran out: bound to now, twice. */
    private static final String DUE =
            "status = 'PENDING' AND next_attempt_us <= ? AND (claim_owner IS NULL OR claim_until_us < ?)";

    private static final int MAX_ERROR = 2000;
    private static final int MAX_OWNER = 128;
    private static final int IN_LIST_CHUNK = 500;

    /**
     * How many deliveries one transaction inserts, on PostgreSQL, before the store refreshes the table's statistics
     * once it has committed.
     */
    static final int ANALYZE_AFTER = 10_000;

    /** What an outcome sets, followed by the rest of an update of the delivery table. */
    private static final String RECORD = " SET status = ?, attempts = ?, next_attempt_us = ?, last_error = ?";

    private final Sql sql;

    private int inserted;

    JdbcOutbox(Sql sql) {
        this.sql = sql;
    }

    /**
     * Tells whether this transaction inserted so many deliveries that PostgreSQL's statistics of the table are stale
     * enough to mislead the claims' plan: with the statistics of a near-empty table, each claim of a 100,000-mail
     * issue scanned and sorted every pending row (about 100 ms a claim, for the half-minute until autovacuum
     * analyzed the table), instead of reading the first rows of the due index.
     */
    boolean statisticsStale() {
        return sql.dialect() == Dialect.POSTGRESQL && inserted >= ANALYZE_AFTER;
    }

    // ---------------------------------------------------------------- messages

    @Override
    public Optional<MailMessage> message(MessageId id) {
        return sql.one(
                "SELECT * FROM " + sql.t("mail_message") + " WHERE id = ?",
                (rs, ctx) -> {
                    int number = rs.getInt("issue_number");
                    OptionalInt issueNumber = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(number);
                    return new MailMessage(
                            MessageId.of(rs.getString("id")),
                            MessageKind.valueOf(rs.getString("kind")),
                            optionalText(rs, "newsletter_id").map(ActivityId::of),
                            issueNumber,
                            day(rs, "issued_on"),
                            new TreeSet<>(Values.strings(rs.getString("topics"))),
                            Values.text(rs.getString("subject")),
                            Values.text(rs.getString("body")));
                },
                text(id.value()));
    }

    @Override
    public void insertMessage(MailMessage m) {
        sql.update(
                "INSERT INTO " + sql.t("mail_message") + " (id, kind, newsletter_id, issue_number, issued_on, topics,"
                        + " subject, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                text(m.id().value()),
                text(m.kind().name()),
                text(m.newsletter().map(ActivityId::value)),
                integer(m.number().isPresent() ? m.number().getAsInt() : null),
                date(m.date()),
                text(Values.strings(m.topics())),
                Values.textArg(m.subject()),
                Values.textArg(m.body()));
    }

    // ---------------------------------------------------------------- deliveries

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(
                DeliveryId.of(rs.getString("id")),
                MessageId.of(rs.getString("message_id")),
                rs.getString("address"),
                optionalText(rs, "recipient_name"),
                rs.getString("lang"),
                optionalText(rs, "subscription_id").map(SubscriptionId::of),
                optionalText(rs, "person_id").map(PersonId::of),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                Args.fromMicros(rs.getLong("next_attempt_us")),
                optionalText(rs, "last_error"));
    }

    private List<Delivery> deliveries(String where, String tail, Argument... args) {
        return sql.query(
                "SELECT * FROM " + sql.t("delivery") + " WHERE " + where + tail, (rs, ctx) -> delivery(rs), args);
    }

    @Override
    public Optional<Delivery> delivery(DeliveryId id) {
        return deliveries("id = ?", "", text(id.value())).stream().findFirst();
    }

    @Override
    public List<Delivery> deliveries(MessageId message) {
        return deliveries("message_id = ?", " ORDER BY id", text(message.value()));
    }

    @Override
    public List<Delivery> deliveriesAfter(MessageId message, Optional<DeliveryId> after, int limit) {
        Keyset page =
                Keyset.of("message_id = ?", List.of(text(message.value())), "id", after.map(DeliveryId::value), limit);
        return deliveries(page.clause(), "", page.arguments());
    }

    @Override
    public List<Delivery> deliveriesTo(PersonId person) {
        return deliveries("person_id = ?", " ORDER BY id", text(person.value()));
    }

    private static String error(Delivery d) {
        return d.lastError()
                .map(e -> e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e)
                .orElse(null);
    }

    @Override
    public void insertDeliveries(List<Delivery> deliveries) {
        inserted += deliveries.size();
        sql.batch(
                "INSERT INTO " + sql.t("delivery") + " (message_id, address, recipient_name, lang, subscription_id,"
                        + " person_id, status, attempts, next_attempt_us, last_error, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                deliveries.stream()
                        .map(d -> new Argument[] {
                            text(d.message().value()),
                            text(d.address()),
                            text(d.name()),
                            text(d.language()),
                            text(d.subscription().map(SubscriptionId::value)),
                            text(d.person().map(PersonId::value)),
                            text(d.status().name()),
                            integer(d.attempts()),
                            Args.micros(d.nextAttempt()),
                            text(error(d)),
                            text(d.id().value())
                        })
                        .toList());
    }

    // ---------------------------------------------------------------- claims

    @Override
    public List<Delivery> claimDue(String owner, Instant now, Instant leaseUntil, int limit) {
        requireNonNull(owner, "owner");
        requireNonNull(now, "now");
        requireNonNull(leaseUntil, "leaseUntil");
        if (owner.isEmpty() || owner.length() > MAX_OWNER) {
            throw new IllegalArgumentException(
                    "owner must have 1 to " + MAX_OWNER + " characters, but had " + owner.length());
        }
        if (!leaseUntil.isAfter(now)) {
            throw new IllegalArgumentException("leaseUntil must be after now (" + now + "), but was " + leaseUntil);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
        }
        return sql.dialect() == Dialect.POSTGRESQL
                ? lockAndClaim(owner, now, leaseUntil, limit)
                : claimOptimistically(owner, now, leaseUntil, limit);
    }

    private String claimStatement(String condition) {
        return "UPDATE " + sql.t("delivery") + " SET claim_owner = ?, claim_until_us = ? WHERE " + condition;
    }

    /** PostgreSQL: the due rows no other transaction holds, locked, then marked as this owner's. */
    private List<Delivery> lockAndClaim(String owner, Instant now, Instant leaseUntil, int limit) {
        List<Delivery> due = deliveries(
                DUE,
                " ORDER BY next_attempt_us, id LIMIT " + limit + " FOR UPDATE SKIP LOCKED",
                Args.micros(now),
                Args.micros(now));
        sql.batch(
                claimStatement("id = ?"),
                due.stream()
                        .map(d -> new Argument[] {text(owner), Args.micros(leaseUntil), text(d.id().value())})
                        .toList());
        return due;
    }

    /**
     * Elsewhere: the due rows (on H2, those no other transaction holds), each marked only if it is still due and
     * unclaimed when the update locks it (a row that another transaction marks meanwhile is checked again once that
     * one ends); the rows marked are this owner's.
     */
    /** Tells whether a delivery is due, claimed or not by a transaction that has not committed. */
    private boolean anyDue(Instant now) {
        return !sql.query(
                        "SELECT id FROM " + sql.t("delivery") + " WHERE " + DUE + " FETCH FIRST 1 ROWS ONLY",
                        (rs, ctx) -> rs.getString(1),
                        Args.micros(now),
                        Args.micros(now))
                .isEmpty();
    }

    private List<Delivery> claimOptimistically(String owner, Instant now, Instant leaseUntil, int limit) {
        List<String> won = new ArrayList<>();
        for (int round = 0; round < CLAIM_ROUNDS && won.size() < limit; round++) {
            List<String> candidates = sql.query(
                    "SELECT id FROM " + sql.t("delivery") + " WHERE " + DUE
                            + " ORDER BY next_attempt_us, id FETCH FIRST " + (limit - won.size()) + " ROWS ONLY"
                            + (sql.dialect() == Dialect.H2 ? " FOR UPDATE SKIP LOCKED" : ""),
                    (rs, ctx) -> rs.getString(1),
                    Args.micros(now),
                    Args.micros(now));
            if (candidates.isEmpty()) {
                // On H2, FETCH FIRST may count rows that SKIP LOCKED then leaves out: the rows another node is
                // claiming right now. If due rows are there (a plain read does not wait for them), wait for that
                // claim to commit and select again, rather than report nothing due.
                if (sql.dialect() == Dialect.H2 && round < CLAIM_ROUNDS - 1 && anyDue(now)) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
                    continue;
                }
                break;
            }
            int[] counts = sql.batch(
                    claimStatement("id = ? AND " + DUE),
                    candidates.stream()
                            .map(id -> new Argument[] {
                                text(owner), Args.micros(leaseUntil), text(id), Args.micros(now), Args.micros(now)
                            })
                            .toList());
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 1) {
                    won.add(candidates.get(i));
                }
            }
        }
        List<Delivery> claimed = new ArrayList<>();
        for (int from = 0; from < won.size(); from += IN_LIST_CHUNK) {
            List<String> chunk = won.subList(from, Math.min(won.size(), from + IN_LIST_CHUNK));
            claimed.addAll(deliveries(
                    "id IN (" + Sql.placeholders(chunk.size()) + ")",
                    "",
                    chunk.stream().map(Args::text).toArray(Argument[]::new)));
        }
        claimed.sort(Comparator.comparing(Delivery::nextAttempt).thenComparing(Delivery::id));
        return claimed;
    }

    /** Records the outcome and releases the claim, whoever holds it; tells whether the owner still held it. */
    @Override
    public boolean complete(Delivery delivery, String owner) {
        return !completeAll(List.of(delivery), owner).isEmpty();
    }

    /**
     * The owner's outcomes in one batch of updates that match only while the owner holds the claim; those that match
     * nothing are recorded one by one as {@link #complete} says (rare: a lease that ran out, an erased recipient).
     */
    @Override
    public Set<DeliveryId> completeAll(List<Delivery> deliveries, String owner) {
        requireNonNull(owner, "owner");
        List<Argument[]> rows = new ArrayList<>(deliveries.size());
        for (Delivery delivery : deliveries) {
            Argument[] mine = Arrays.copyOf(outcome(delivery), 6);
            mine[5] = text(owner);
            rows.add(mine);
        }
        int[] counts = sql.batch(
                "UPDATE " + sql.t("delivery") + RECORD + ", claim_owner = NULL, claim_until_us = NULL"
                        + " WHERE id = ? AND claim_owner = ?",
                rows);
        Set<DeliveryId> held = new HashSet<>();
        for (int i = 0; i < counts.length; i++) {
            Delivery delivery = deliveries.get(i);
            if (counts[i] == 1) {
                held.add(delivery.id());
            } else if (delivery.status() != DeliveryStatus.PENDING) {
                // The claim ran out and another owner may hold the delivery now: a final outcome is still the truth,
                // recorded on a delivery still pending, without touching that owner's claim.
                sql.update(
                        "UPDATE " + sql.t("delivery") + RECORD + " WHERE id = ? AND status = 'PENDING'",
                        outcome(delivery));
            }
        }
        return held;
    }

    private static Argument[] outcome(Delivery delivery) {
        return new Argument[] {
            text(delivery.status().name()),
            integer(delivery.attempts()),
            Args.micros(delivery.nextAttempt()),
            text(error(delivery)),
            text(delivery.id().value())
        };
    }

    // ---------------------------------------------------------------- erasure

    @Override
    public int erase(PersonId person) {
        int deleted = sql.update(
                "DELETE FROM " + sql.t("delivery") + " WHERE person_id = ? AND status = 'PENDING'",
                text(person.value()));
        int redacted = sql.update(
                "UPDATE " + sql.t("delivery") + " SET address = ?, recipient_name = NULL, person_id = NULL,"
                        + " subscription_id = NULL WHERE person_id = ?",
                text(ERASED_ADDRESS),
                text(person.value()));
        return deleted + redacted;
    }
}
