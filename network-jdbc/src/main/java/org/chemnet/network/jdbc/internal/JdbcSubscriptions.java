package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.date;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.day;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.SubscriptionPort;
import org.chemnet.network.spi.Versioned;
import org.jdbi.v3.core.argument.Argument;

/**
 * The subscription table, versioned. Deleting a subscription keeps its deliveries: the foreign key from the delivery
 * table sets their link to null.
 */
final class JdbcSubscriptions implements SubscriptionPort {
    static final String COLUMNS = "newsletter_id, address, person_id, organization_id, topics, consent_on,"
            + " consent_source, status, status_since";

    private final Sql sql;

    JdbcSubscriptions(Sql sql) {
        this.sql = sql;
    }

    static Subscription subscription(ResultSet rs) throws SQLException {
        return new Subscription(
                SubscriptionId.of(rs.getString("id")),
                ActivityId.of(rs.getString("newsletter_id")),
                rs.getString("address"),
                optionalText(rs, "person_id").map(PersonId::of),
                optionalText(rs, "organization_id").map(OrganizationId::of),
                new TreeSet<>(Values.strings(rs.getString("topics"))),
                new Consent(day(rs, "consent_on"), rs.getString("consent_source")),
                SubscriptionStatus.valueOf(rs.getString("status")),
                day(rs, "status_since"));
    }

    private List<Subscription> subscriptions(String where, Argument... args) {
        return sql.query(
                "SELECT * FROM " + sql.t("subscription") + " WHERE " + where + " ORDER BY id",
                (rs, ctx) -> subscription(rs),
                args);
    }

    @Override
    public List<Subscription> subscriptions(ActivityId newsletter) {
        return subscriptions("newsletter_id = ?", text(newsletter.value()));
    }

    @Override
    public List<Subscription> subscriptionsAfter(ActivityId newsletter, Optional<SubscriptionId> after, int limit) {
        Keyset page = Keyset.of(
                "newsletter_id = ?", List.of(text(newsletter.value())), "id", after.map(SubscriptionId::value), limit);
        return sql.query(
                "SELECT * FROM " + sql.t("subscription") + " WHERE " + page.clause(),
                (rs, ctx) -> subscription(rs),
                page.arguments());
    }

    @Override
    public Optional<Versioned<Subscription>> find(SubscriptionId id) {
        return sql.one(
                "SELECT * FROM " + sql.t("subscription") + " WHERE id = ?",
                (rs, ctx) -> new Versioned<>(subscription(rs), rs.getLong("row_version")),
                text(id.value()));
    }

    @Override
    public List<Subscription> subscriptionsOf(PersonId person) {
        return subscriptions("person_id = ?", text(person.value()));
    }

    /** By {@code LOWER(TRIM(address))}: addresses are ASCII (the mail address rule), where SQL and Java agree. */
    @Override
    public List<Subscription> subscriptionsAt(String address) {
        return subscriptions("LOWER(TRIM(address)) = ?", text(address));
    }

    /** The columns' values, then the identifier. */
    static Argument[] values(Subscription s) {
        return new Argument[] {
            text(s.newsletter().value()),
            text(s.address()),
            text(s.person().map(PersonId::value)),
            text(s.organization().map(OrganizationId::value)),
            text(Values.strings(s.topics())),
            date(s.consent().date()),
            text(s.consent().source()),
            text(s.status().name()),
            date(s.statusSince()),
            text(s.id().value())
        };
    }

    private String insertStatement() {
        return "INSERT INTO " + sql.t("subscription") + " (" + COLUMNS + ", id) VALUES (" + Sql.placeholders(10) + ")";
    }

    @Override
    public void insert(Subscription subscription) {
        sql.insert("subscription", subscription.id(), insertStatement(), values(subscription));
    }

    @Override
    public long update(Subscription subscription, long expectedVersion) {
        return sql.updateVersioned(
                "subscription",
                subscription.id(),
                "subscription",
                COLUMNS,
                "id",
                values(subscription),
                1,
                expectedVersion);
    }

    /** The deliveries to it stay: the delivery table's foreign key sets their subscription to null. */
    @Override
    public void delete(SubscriptionId id) {
        sql.update(
                "DELETE FROM " + sql.t("delivery") + " WHERE subscription_id = ? AND status = 'PENDING'",
                text(id.value()));
        // The deliveries kept lose their link through the foreign key's ON DELETE SET NULL.
        sql.update("DELETE FROM " + sql.t("subscription") + " WHERE id = ?", text(id.value()));
    }

    /** In batches; a subscription stored already fails its batch with SQLState 23505. */
    @Override
    public void insertAll(List<Subscription> subscriptions) {
        sql.batch(
                insertStatement(),
                subscriptions.stream().map(JdbcSubscriptions::values).toList());
    }

    /** One statement per {@value Sql#IN_LIST} identifiers. */
    @Override
    public Map<SubscriptionId, Subscription> subscriptions(Collection<SubscriptionId> ids) {
        Map<SubscriptionId, Subscription> found = new HashMap<>();
        List<String> keys = ids.stream().map(SubscriptionId::value).distinct().toList();
        for (Subscription s : sql.in(
                "SELECT * FROM " + sql.t("subscription") + " WHERE id IN ", keys, (rs, ctx) -> subscription(rs))) {
            found.put(s.id(), s);
        }
        return found;
    }

    /** The networks of the subscriptions' newsletters, one statement per {@value Sql#IN_LIST} identifiers. */
    @Override
    public Map<SubscriptionId, NetworkId> networksOfSubscriptions(Collection<SubscriptionId> ids) {
        return NetworksOf.of(
                sql,
                "SELECT s.id, a.network_id FROM " + sql.t("subscription") + " s JOIN " + sql.t("activity")
                        + " a ON a.id = s.newsletter_id WHERE s.id IN ",
                ids,
                SubscriptionId::value);
    }
}
