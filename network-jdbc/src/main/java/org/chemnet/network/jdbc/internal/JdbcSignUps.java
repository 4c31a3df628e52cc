package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.fromMicros;
import static org.chemnet.network.jdbc.internal.Args.micros;
import static org.chemnet.network.jdbc.internal.Args.text;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.chemnet.network.newsletter.PendingSubscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.SignUpPort;
import org.jdbi.v3.core.argument.Argument;

/** The pending subscription table: a subscription's columns, as {@link JdbcSubscriptions} maps them, and its times. */
final class JdbcSignUps implements SignUpPort {
    private final Sql sql;

    JdbcSignUps(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<PendingSubscription> find(SubscriptionId id) {
        return sql.one(
                "SELECT * FROM " + sql.t("pending_subscription") + " WHERE id = ?",
                (rs, ctx) -> new PendingSubscription(
                        JdbcSubscriptions.subscription(rs),
                        fromMicros(rs.getLong("requested_us")),
                        fromMicros(rs.getLong("expires_us"))),
                text(id.value()));
    }

    /** An update of the row, or an insert where there is none; the subscription's columns, the times, the identifier. */
    @Override
    public void save(PendingSubscription pending) {
        Argument[] subscription = JdbcSubscriptions.values(pending.subscription());
        Argument[] values = Arrays.copyOf(subscription, subscription.length + 2);
        values[subscription.length - 1] = micros(pending.requested());
        values[subscription.length] = micros(pending.expires());
        values[subscription.length + 1] = subscription[subscription.length - 1];
        String columns = JdbcSubscriptions.COLUMNS + ", requested_us, expires_us";
        String table = sql.t("pending_subscription");
        if (sql.update("UPDATE " + table + " SET " + Sql.assignments(columns, ", ") + " WHERE id = ?", values) == 0) {
            // Two nodes asking at once both find no row: the second insert is a conflict, and its change runs again.
            sql.insert(
                    "pending subscription",
                    pending.subscription().id(),
                    "INSERT INTO " + table + " (" + columns + ", id) VALUES (" + Sql.placeholders(values.length) + ")",
                    values);
        }
    }

    @Override
    public boolean delete(SubscriptionId id) {
        return sql.update("DELETE FROM " + sql.t("pending_subscription") + " WHERE id = ?", text(id.value())) > 0;
    }

    @Override
    public int deleteExpired(Instant now) {
        return sql.update("DELETE FROM " + sql.t("pending_subscription") + " WHERE expires_us <= ?", micros(now));
    }

    @Override
    public int deleteOf(PersonId person) {
        return sql.update(
                "DELETE FROM " + sql.t("pending_subscription") + " WHERE person_id = ?", text(person.value()));
    }
}
