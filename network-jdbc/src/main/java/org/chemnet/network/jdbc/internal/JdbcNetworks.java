package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.bool;
import static org.chemnet.network.jdbc.internal.Args.decimal;
import static org.chemnet.network.jdbc.internal.Args.integer;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.chemnet.network.common.Fee;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.Scope;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Approver;
import org.chemnet.network.membership.MembershipPolicy;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.spi.NetworkPort;
import org.chemnet.network.spi.Versioned;
import org.jdbi.v3.core.argument.Argument;

/** The networks table: networks and their membership policy, versioned. */
final class JdbcNetworks implements NetworkPort {
    private static final String COLUMNS = "name, acronym, network_scope, country, purpose, founded_year, focus_regions,"
            + " principles, organizations_only, eligible_types, fee_amount, fee_currency, required_agreement, approver,"
            + " website, agreement_version";

    private final Sql sql;
    private final Consumer<NetworkId> importing;

    JdbcNetworks(Sql sql, Consumer<NetworkId> importing) {
        this.sql = sql;
        this.importing = importing;
    }

    @Override
    public List<NetworkId> ids() {
        return sql.query(
                "SELECT id FROM " + sql.t("network") + " ORDER BY id", (rs, ctx) -> NetworkId.of(rs.getString(1)));
    }

    @Override
    public Optional<Versioned<Network>> find(NetworkId id) {
        return sql.one(
                "SELECT * FROM " + sql.t("network") + " WHERE id = ?",
                (rs, ctx) -> new Versioned<>(network(rs), rs.getLong("row_version")),
                text(id.value()));
    }

    private static Network network(ResultSet rs) throws SQLException {
        BigDecimal feeAmount = rs.getBigDecimal("fee_amount");
        Optional<Fee> fee = feeAmount == null
                ? Optional.empty()
                : Optional.of(
                        new Fee(feeAmount.stripTrailingZeros(), Currency.getInstance(rs.getString("fee_currency"))));
        int founded = rs.getInt("founded_year");
        Optional<Year> foundedYear = rs.wasNull() ? Optional.empty() : Optional.of(Year.of(founded));
        return new Network(
                NetworkId.of(rs.getString("id")),
                Values.text(rs.getString("name")),
                optionalText(rs, "acronym"),
                Scope.valueOf(rs.getString("network_scope")),
                optionalText(rs, "country"),
                Values.text(rs.getString("purpose")),
                foundedYear,
                Values.strings(rs.getString("focus_regions")),
                Values.texts(rs.getString("principles")),
                new MembershipPolicy(
                        rs.getBoolean("organizations_only"),
                        Values.enums(rs.getString("eligible_types"), OrganizationType.class),
                        fee,
                        Values.optionalText(rs.getString("required_agreement")),
                        Approver.valueOf(rs.getString("approver")),
                        optionalText(rs, "agreement_version")),
                optionalText(rs, "website"));
    }

    /** The columns' values, then the identifier. */
    private static Argument[] values(Network n) {
        MembershipPolicy p = n.policy();
        return new Argument[] {
            Values.textArg(n.name()),
            text(n.acronym()),
            text(n.scope().name()),
            text(n.country()),
            Values.textArg(n.purpose()),
            integer(n.founded().map(Year::getValue).orElse(null)),
            text(Values.strings(n.focusRegions())),
            text(Values.texts(n.principles())),
            bool(p.organizationsOnly()),
            text(Values.enums(p.eligibleTypes())),
            decimal(p.fee().map(Fee::amount).orElse(null)),
            text(p.fee().map(f -> f.currency().getCurrencyCode()).orElse(null)),
            text(Values.text(p.requiredAgreement())),
            text(p.approver().name()),
            text(n.website()),
            text(p.agreementVersion()),
            text(n.id().value())
        };
    }

    @Override
    public void insert(Network network) {
        importing.accept(network.id());
        Argument[] values = values(network);
        sql.insert(
                "network",
                network.id(),
                "INSERT INTO " + sql.t("network") + " (" + COLUMNS + ", id) VALUES (" + Sql.placeholders(values.length)
                        + ")",
                values);
    }

    @Override
    public long update(Network network, long expectedVersion) {
        return sql.updateVersioned(
                "network", network.id(), "network", COLUMNS, "id", values(network), 1, expectedVersion);
    }
}
