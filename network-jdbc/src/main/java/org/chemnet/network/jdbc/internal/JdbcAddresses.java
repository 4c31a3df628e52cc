package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.bigint;
import static org.chemnet.network.jdbc.internal.Args.date;
import static org.chemnet.network.jdbc.internal.Args.decimal;
import static org.chemnet.network.jdbc.internal.Args.fromMicros;
import static org.chemnet.network.jdbc.internal.Args.integer;
import static org.chemnet.network.jdbc.internal.Args.micros;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.optionalDay;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.deliverability.BounceKind;
import org.chemnet.network.deliverability.Suppression;
import org.chemnet.network.deliverability.SuppressionReason;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.spi.AddressPort;
import org.chemnet.network.spi.Versioned;
import org.jdbi.v3.core.argument.Argument;

/** The mail address table, versioned, and the bounce log. */
final class JdbcAddresses implements AddressPort {
    private static final String COLUMNS = "bounce_score, last_bounce_on, held_since_us, reminders, last_reminder_us,"
            + " suppression, suppressed_since_us, suppression_note";

    private final Sql sql;

    JdbcAddresses(Sql sql) {
        this.sql = sql;
    }

    private static AddressStanding standing(ResultSet rs) throws SQLException {
        Optional<SuppressionReason> reason = optionalText(rs, "suppression").map(SuppressionReason::valueOf);
        Optional<Suppression> suppression = reason.isEmpty()
                ? Optional.empty()
                : Optional.of(new Suppression(
                        reason.get(),
                        fromMicros(rs.getLong("suppressed_since_us")),
                        optionalText(rs, "suppression_note")));
        return new AddressStanding(
                rs.getString("address"),
                rs.getBigDecimal("bounce_score").doubleValue(),
                optionalDay(rs, "last_bounce_on"),
                instant(rs, "held_since_us"),
                rs.getInt("reminders"),
                instant(rs, "last_reminder_us"),
                suppression);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(fromMicros(micros));
    }

    /** The columns' values, then the address. */
    private static Argument[] values(AddressStanding s) {
        return new Argument[] {
            decimal(BigDecimal.valueOf(s.bounceScore())),
            date(s.lastBounce()),
            micros(s.heldSince()),
            integer(s.reminders()),
            micros(s.lastReminder()),
            text(s.suppression().map(x -> x.reason().name())),
            micros(s.suppression().map(Suppression::since)),
            text(s.suppression().flatMap(Suppression::note)),
            text(s.address())
        };
    }

    private List<AddressStanding> standings(String where, Argument... args) {
        return sql.query("SELECT * FROM " + sql.t("mail_address") + " WHERE " + where, (rs, ctx) -> standing(rs), args);
    }

    @Override
    public Optional<Versioned<AddressStanding>> find(String address) {
        return sql.one(
                "SELECT * FROM " + sql.t("mail_address") + " WHERE address = ?",
                (rs, ctx) -> new Versioned<>(standing(rs), rs.getLong("row_version")),
                text(address));
    }

    @Override
    public Map<String, AddressStanding> standings(Collection<String> addresses) {
        Map<String, AddressStanding> found = new HashMap<>();
        for (AddressStanding standing : sql.in(
                "SELECT * FROM " + sql.t("mail_address") + " WHERE address IN ",
                List.copyOf(addresses),
                (rs, ctx) -> standing(rs))) {
            found.put(standing.address(), standing);
        }
        return found;
    }

    @Override
    public void insert(AddressStanding standing) {
        Argument[] values = values(standing);
        Argument[] args = java.util.Arrays.copyOf(values, values.length + 1);
        args[values.length] = bigint(1);
        sql.insert(
                "address standing",
                standing.address(),
                "INSERT INTO " + sql.t("mail_address") + " (" + COLUMNS + ", address, row_version) VALUES ("
                        + Sql.placeholders(args.length) + ")",
                args);
    }

    @Override
    public long update(AddressStanding standing, long expectedVersion) {
        return sql.updateVersioned(
                "address standing",
                standing.address(),
                "mail_address",
                COLUMNS,
                "address",
                values(standing),
                1,
                expectedVersion);
    }

    @Override
    public boolean delete(String address) {
        return sql.update("DELETE FROM " + sql.t("mail_address") + " WHERE address = ?", text(address)) > 0;
    }

    @Override
    public List<AddressStanding> suppressedAfter(Optional<String> after, int limit) {
        Keyset page = Keyset.of("suppression IS NOT NULL", List.of(), "address", after, limit);
        return standings(page.clause(), page.arguments());
    }

    @Override
    public List<AddressStanding> heldDue(Instant remindedBefore, int limit) {
        return standings(
                "held_since_us IS NOT NULL AND suppression IS NULL"
                        + " AND (last_reminder_us IS NULL OR last_reminder_us <= ?)"
                        + " ORDER BY address FETCH FIRST " + limit + " ROWS ONLY",
                micros(remindedBefore));
    }

    @Override
    public boolean insertBounce(Bounce bounce) {
        if (sql.exists("bounce", "reference = ?", text(bounce.reference()))) {
            return false;
        }
        sql.insert(
                "bounce",
                bounce.reference(),
                "INSERT INTO " + sql.t("bounce")
                        + " (reference, address, address_key, kind, bounced_us, delivery_id, diagnostic) VALUES ("
                        + Sql.placeholders(7) + ")",
                text(bounce.reference()),
                text(bounce.address()),
                text(AddressStanding.normalized(bounce.address())),
                text(bounce.kind().name()),
                micros(bounce.at()),
                text(bounce.delivery().map(DeliveryId::value)),
                text(bounce.diagnostic()));
        return true;
    }

    @Override
    public List<Bounce> bounces(String address) {
        return sql.query(
                "SELECT * FROM " + sql.t("bounce") + " WHERE address_key = ? ORDER BY bounced_us, reference",
                (rs, ctx) -> new Bounce(
                        rs.getString("address"),
                        BounceKind.valueOf(rs.getString("kind")),
                        fromMicros(rs.getLong("bounced_us")),
                        rs.getString("reference"),
                        optionalText(rs, "delivery_id").map(DeliveryId::of),
                        rs.getString("diagnostic")),
                text(address));
    }

    @Override
    public int deleteBounces(String address) {
        return sql.update("DELETE FROM " + sql.t("bounce") + " WHERE address_key = ?", text(address));
    }
}
