package org.chemnet.network.jdbc.internal;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.chemnet.network.jdbc.internal.Args.bigint;
import static org.chemnet.network.jdbc.internal.Args.text;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.spi.NetworkStorageException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps imports all or nothing on H2, whatever kills the process. H2 writes the uncommitted rows of a large
 * transaction to its file as it goes, and after a {@code kill -9} its recovery has been seen to keep some of them. So
 * before a new network is stored, a row naming the network and the importing session is committed on a connection of
 * its own; the import's transaction deletes that row just before it commits, so the row is gone exactly when the
 * import is in whole. A row whose session is no longer alive is an import that died: {@link #recoverAll()} (run when a
 * store starts) removes its network and every row it added. On other databases, whose transactions survive a crash
 * whole, it does nothing. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ImportJournal {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJournal.class);

    /** The tables with a network's rows, children first, and the column naming the network. */
    private static final List<String> NETWORK_ROWS = List.of(
            "consent_entry WHERE network_id = ?",
            "motion WHERE network_id = ?",
            "board_rules WHERE network_id = ?",
            "event_series WHERE network_id = ?",
            "registration_rules WHERE network_id = ?",
            "membership WHERE network_id = ?",
            "board_seat WHERE network_id = ?",
            "board WHERE network_id = ?",
            "secretariat WHERE network_id = ?",
            "secretariat_former WHERE network_id = ?",
            "partner WHERE network_id = ?",
            "declaration WHERE network_id = ?",
            "activity WHERE network_id = ?",
            "event WHERE network_id = ?");

    private final Jdbi jdbi;
    private final Tables t;
    private final boolean active;
    private final Clock clock = Clock.systemUTC();

    private ImportJournal(Jdbi jdbi, Tables tables, boolean active) {
        this.jdbi = jdbi;
        this.t = tables;
        this.active = active;
    }

    /**
     * The journal of a store.
     *
     * @param jdbi the store's database
     * @param tables the table names
     * @param dialect the database's dialect: the journal keeps rows on H2 only
     * @return the journal
     */
    public static ImportJournal of(Jdbi jdbi, Tables tables, Dialect dialect) {
        return new ImportJournal(jdbi, tables, dialect == Dialect.H2);
    }

    /** A session of the database: its number and when it started, which together never repeat. */
    record Session(long id, String start) {}

    /**
     * The session a handle's connection is.
     *
     * @param handle the handle
     * @return the session, or empty if the journal is off
     */
    Optional<Session> session(Handle handle) {
        if (!active) {
            return Optional.empty();
        }
        return Optional.of(handle.createQuery("SELECT SESSION_ID, CAST(SESSION_START AS VARCHAR)"
                        + " FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()")
                .map((rs, ctx) -> new Session(rs.getLong(1), rs.getString(2)))
                .one());
    }

    /**
     * Records, committed at once on a connection of its own, that a session is importing a new network. A row that
     * an import of the same network left when its process died is recovered first.
     *
     * @param session the importing session
     * @param network the network
     * @throws ConcurrentUpdateException if another live session is importing that network
     */
    void begin(Session session, NetworkId network) {
        try (Handle own = jdbi.open()) {
            for (int attempt = 1; ; attempt++) {
                try {
                    own.createUpdate("INSERT INTO " + t.of("import_run")
                                    + " (network_id, session_id, session_start, started_us) VALUES (?, ?, ?, ?)")
                            .bind(0, text(network.value()))
                            .bind(1, bigint(session.id()))
                            .bind(2, text(session.start()))
                            .bind(3, bigint(ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant())))
                            .execute();
                    return;
                } catch (UnableToExecuteStatementException e) {
                    if (!SqlErrors.isUniqueViolation(e) || attempt > 3) {
                        throw e;
                    }
                    Optional<Session> holder = holder(own, network);
                    if (holder.isEmpty()) {
                        continue;
                    }
                    Liveness liveness = liveness(own, holder.get());
                    if (liveness == Liveness.ALIVE) {
                        ConcurrentUpdateException busy = new ConcurrentUpdateException(
                                "network '" + network + "' is being imported by another session now");
                        busy.initCause(e);
                        throw busy;
                    }
                    if (liveness == Liveness.UNKNOWN) {
                        throw new NetworkStorageException(
                                "an import of network '" + network + "' was begun by another session, and this"
                                        + " database user, no H2 administrator, cannot see whether that session is"
                                        + " still alive: open the database once as its owner, which takes back an"
                                        + " import whose process died, then import again",
                                null,
                                e);
                    }
                    recover(own, network, holder.get());
                }
            }
        }
    }

    /**
     * Deletes the rows of imports, in the importing transaction, as its last change before it commits.
     *
     * @param handle the importing transaction's handle
     * @param networks the networks it imported
     */
    void end(Handle handle, List<NetworkId> networks) {
        for (NetworkId network : networks) {
            handle.createUpdate("DELETE FROM " + t.of("import_run") + " WHERE network_id = ?")
                    .bind(0, text(network.value()))
                    .execute();
        }
    }

    /**
     * Deletes the rows of imports whose transaction was rolled back, on a connection of its own.
     *
     * @param session the importing session
     * @param networks the networks it began to import
     */
    void abandon(Session session, List<NetworkId> networks) {
        try (Handle own = jdbi.open()) {
            for (NetworkId network : networks) {
                own.createUpdate("DELETE FROM " + t.of("import_run")
                                + " WHERE network_id = ? AND session_id = ? AND session_start = ?")
                        .bind(0, text(network.value()))
                        .bind(1, bigint(session.id()))
                        .bind(2, text(session.start()))
                        .execute();
            }
        }
    }

    /**
     * Removes what every import that died left behind: imports whose session is no longer alive.
     *
     * @return how many imports were recovered
     */
    public int recoverAll() {
        if (!active) {
            return 0;
        }
        try (Handle own = jdbi.open()) {
            List<NetworkId> networks = own.createQuery("SELECT network_id FROM " + t.of("import_run"))
                    .map((rs, ctx) -> NetworkId.of(rs.getString(1)))
                    .list();
            int recovered = 0;
            for (NetworkId network : networks) {
                Optional<Session> holder = holder(own, network);
                if (holder.isEmpty()) {
                    continue;
                }
                Liveness liveness = liveness(own, holder.get());
                if (liveness == Liveness.UNKNOWN) {
                    LOG.warn(
                            "An import of network '{}' may have been cut off, but this database user is no H2"
                                    + " administrator and cannot see other sessions: open the database once as its"
                                    + " owner to take back what a dead import left",
                            network);
                } else if (liveness == Liveness.DEAD) {
                    try {
                        if (recover(own, network, holder.get())) {
                            recovered++;
                        }
                    } catch (RuntimeException e) {
                        LOG.warn(
                                "Taking back the cut-off import of network '{}' failed; it is tried again when a"
                                        + " store next starts",
                                network,
                                e);
                    }
                }
            }
            return recovered;
        }
    }

    private Optional<Session> holder(Handle own, NetworkId network) {
        return own.createQuery("SELECT session_id, session_start FROM " + t.of("import_run") + " WHERE network_id = ?")
                .bind(0, text(network.value()))
                .map((rs, ctx) -> new Session(rs.getLong(1), rs.getString(2)))
                .findOne();
    }

    /** Whether a session is alive, as far as this database user can see. */
    private enum Liveness {
        ALIVE,
        DEAD,
        /** H2 shows other sessions to administrators only. */
        UNKNOWN
    }

    /**
     * Whether a session is alive. H2 shows every session to administrators only; to anyone else another session's
     * state is unknown, so that an import under way is never taken for one that died.
     */
    private static Liveness liveness(Handle own, Session session) {
        boolean admin = own.createQuery("SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER")
                .mapTo(Boolean.class)
                .findOne()
                .orElse(false);
        if (!admin) {
            return Liveness.UNKNOWN;
        }
        boolean alive = own.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                                + " WHERE SESSION_ID = ? AND CAST(SESSION_START AS VARCHAR) = ?")
                        .bind(0, bigint(session.id()))
                        .bind(1, text(session.start()))
                        .mapTo(Long.class)
                        .one()
                > 0;
        return alive ? Liveness.ALIVE : Liveness.DEAD;
    }

    /**
     * Removes, in one transaction, a network whose import died, every row it added, and its journal row: only if the
     * journal row is still the dead session's. Another node may have taken the import back first, and a new import of
     * the network may have begun since; then nothing is removed, so that a live import is never taken for the dead
     * one (the journal row is deleted first, and a new import can begin only once it is gone).
     *
     * @return true if this call took the import back
     */
    private boolean recover(Handle own, NetworkId network, Session dead) {
        int removed = own.inTransaction(h -> {
            int claimed = h.createUpdate("DELETE FROM " + t.of("import_run")
                            + " WHERE network_id = ? AND session_id = ? AND session_start = ?")
                    .bind(0, text(network.value()))
                    .bind(1, bigint(dead.id()))
                    .bind(2, text(dead.start()))
                    .execute();
            if (claimed == 0) {
                return -1;
            }
            int rows = delete(
                    h,
                    "subscription WHERE newsletter_id IN (SELECT id FROM " + t.of("activity")
                            + " WHERE network_id = ?)",
                    network);
            rows += delete(
                    h,
                    "pending_subscription WHERE newsletter_id IN (SELECT id FROM " + t.of("activity")
                            + " WHERE network_id = ?)",
                    network);
            for (String table : NETWORK_ROWS) {
                rows += delete(h, table, network);
            }
            rows += delete(h, "affiliation WHERE imported_by = ?", network);
            rows += delete(
                    h,
                    "organization o WHERE imported_by = ?"
                            + unreferenced(
                                    "o.id",
                                    "membership.organization_id",
                                    "board_seat.organization_id",
                                    "secretariat.host_id",
                                    "secretariat_former.host_id",
                                    "partner.organization_id",
                                    "activity_member.organization_id",
                                    "event_organizer.organization_id",
                                    "endorsement.organization_id",
                                    "subscription.organization_id",
                                    "pending_subscription.organization_id",
                                    "consent_entry.organization_id",
                                    "registration.organization_id",
                                    "affiliation.organization_id"),
                    network);
            rows += delete(
                    h,
                    "person p WHERE imported_by = ?"
                            + unreferenced(
                                    "p.id",
                                    "membership.contact_id",
                                    "board_seat.representative_id",
                                    "subscription.person_id",
                                    "pending_subscription.person_id",
                                    "consent_entry.person_id",
                                    "registration.person_id",
                                    "affiliation.person_id",
                                    "vote.voter_id"),
                    network);
            rows += delete(h, "network WHERE id = ?", network);
            return rows;
        });
        if (removed < 0) {
            return false;
        }
        LOG.warn(
                "An import of network '{}' was cut off before it committed (its process died): {} row(s) it had left"
                        + " in the database were removed, and it can be run again",
                network,
                removed);
        return true;
    }

    private int delete(Handle h, String tableAndWhere, NetworkId network) {
        return h.createUpdate("DELETE FROM " + t.of("") + tableAndWhere)
                .bind(0, text(network.value()))
                .execute();
    }

    /** {@code AND NOT EXISTS} a row of any of the columns (table.column) that refers to the key. */
    private String unreferenced(String key, String... columns) {
        StringBuilder where = new StringBuilder();
        for (String column : columns) {
            int dot = column.indexOf('.');
            where.append(" AND NOT EXISTS (SELECT 1 FROM ")
                    .append(t.of(column.substring(0, dot)))
                    .append(" r WHERE r.")
                    .append(column.substring(dot + 1))
                    .append(" = ")
                    .append(key)
                    .append(')');
        }
        return where.toString();
    }
}
