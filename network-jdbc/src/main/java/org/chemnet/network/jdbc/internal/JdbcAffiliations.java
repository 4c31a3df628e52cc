package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.date;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.day;
import static org.chemnet.network.jdbc.internal.Sql.optionalDay;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.affiliation.AffiliationId;
import org.chemnet.network.affiliation.AffiliationRole;
import org.chemnet.network.common.Period;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.AffiliationPort;
import org.chemnet.network.spi.NetworkStorageException;

/**
 * The affiliation table. Affiliating takes its turn through the organization row's version, advanced by the use case
 * in the same transaction, so an affiliation row needs no version of its own.
 */
final class JdbcAffiliations implements AffiliationPort {
    private static final String COLUMNS = "person_id, organization_id, role, first_day, last_day, title";

    private final Sql sql;

    private final Supplier<Optional<NetworkId>> importing;

    /**
     * Starts the port.
     *
     * @param sql the transaction's statements
     * @param importing the network the transaction imports, if any: affiliations it adds are marked as that
     *     import's ({@code imported_by}), so that an import that died can take them back
     */
    JdbcAffiliations(Sql sql, Supplier<Optional<NetworkId>> importing) {
        this.sql = sql;
        this.importing = importing;
    }

    @Override
    public Optional<Affiliation> affiliation(AffiliationId id) {
        return sql.one(
                "SELECT id, " + COLUMNS + " FROM " + sql.t("affiliation") + " WHERE id = ?",
                (rs, ctx) -> affiliation(rs),
                text(id.value()));
    }

    @Override
    public List<Affiliation> affiliationsWith(OrganizationId organization) {
        return sql.query(
                "SELECT id, " + COLUMNS + " FROM " + sql.t("affiliation")
                        + " WHERE organization_id = ? ORDER BY first_day, id",
                (rs, ctx) -> affiliation(rs),
                text(organization.value()));
    }

    @Override
    public List<Affiliation> affiliationsWithAny(Collection<OrganizationId> organizations) {
        List<Affiliation> found = new ArrayList<>(sql.in(
                "SELECT id, " + COLUMNS + " FROM " + sql.t("affiliation") + " WHERE organization_id IN ",
                organizations.stream().map(OrganizationId::value).toList(),
                (rs, ctx) -> affiliation(rs)));
        found.sort(Comparator.comparing(Affiliation::id));
        return found;
    }

    @Override
    public List<Affiliation> affiliationsOf(PersonId person) {
        return sql.query(
                "SELECT id, " + COLUMNS + " FROM " + sql.t("affiliation")
                        + " WHERE person_id = ? ORDER BY first_day, id",
                (rs, ctx) -> affiliation(rs),
                text(person.value()));
    }

    @Override
    public void insert(Affiliation affiliation) {
        sql.insert(
                "affiliation",
                affiliation.id(),
                "INSERT INTO " + sql.t("affiliation") + " (id, " + COLUMNS
                        + ", imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                text(affiliation.id().value()),
                text(affiliation.person().value()),
                text(affiliation.organization().value()),
                text(affiliation.role().name()),
                date(affiliation.period().start()),
                date(affiliation.period().end()),
                text(affiliation.title()),
                text(importing.get().map(NetworkId::value)));
    }

    @Override
    public void update(Affiliation affiliation) {
        int changed = sql.update(
                "UPDATE " + sql.t("affiliation") + " SET last_day = ?, title = ? WHERE id = ?",
                date(affiliation.period().end()),
                text(affiliation.title()),
                text(affiliation.id().value()));
        if (changed == 0) {
            throw new NetworkStorageException("affiliation " + affiliation.id() + " is not stored", null, null);
        }
    }

    static Affiliation affiliation(ResultSet rs) throws SQLException {
        return new Affiliation(
                AffiliationId.of(rs.getString("id")),
                PersonId.of(rs.getString("person_id")),
                OrganizationId.of(rs.getString("organization_id")),
                AffiliationRole.valueOf(rs.getString("role")),
                new Period(day(rs, "first_day"), optionalDay(rs, "last_day")),
                optionalText(rs, "title"));
    }
}
