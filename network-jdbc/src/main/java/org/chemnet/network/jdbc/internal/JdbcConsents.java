package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.bool;
import static org.chemnet.network.jdbc.internal.Args.fromMicros;
import static org.chemnet.network.jdbc.internal.Args.micros;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.consent.ConsentChannel;
import org.chemnet.network.consent.ConsentEntry;
import org.chemnet.network.consent.ConsentEntryId;
import org.chemnet.network.consent.ConsentPurpose;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.ConsentPort;
import org.jdbi.v3.core.argument.Argument;

/** The consent ledger's table, appended to, ordered by instant and then by its identity sequence. */
final class JdbcConsents implements ConsentPort {
    private final Sql sql;

    JdbcConsents(Sql sql) {
        this.sql = sql;
    }

    private static ConsentEntry entry(ResultSet rs) throws SQLException {
        return new ConsentEntry(
                ConsentEntryId.of(rs.getString("id")),
                NetworkId.of(rs.getString("network_id")),
                optionalText(rs, "person_id").map(PersonId::of),
                optionalText(rs, "organization_id").map(OrganizationId::of),
                optionalText(rs, "address"),
                ConsentPurpose.valueOf(rs.getString("purpose")),
                optionalText(rs, "scope_id").map(ActivityId::of),
                rs.getBoolean("given"),
                ConsentChannel.valueOf(rs.getString("channel")),
                Values.text(rs.getString("consent_text")),
                rs.getString("text_version"),
                fromMicros(rs.getLong("at_us")),
                rs.getString("source"),
                rs.getString("recorded_by"));
    }

    private List<ConsentEntry> entries(String where, Argument... args) {
        return sql.query(
                "SELECT * FROM " + sql.t("consent_entry") + " WHERE " + where + " ORDER BY at_us, seq",
                (rs, ctx) -> entry(rs),
                args);
    }

    @Override
    public void append(ConsentEntry e) {
        sql.insert(
                "consent entry",
                e.id(),
                "INSERT INTO " + sql.t("consent_entry") + " (id, network_id, person_id, organization_id, address,"
                        + " purpose, scope_id, given, channel, consent_text, text_version, at_us, source, recorded_by)"
                        + " VALUES (" + Sql.placeholders(14) + ")",
                text(e.id().value()),
                text(e.network().value()),
                text(e.person().map(PersonId::value)),
                text(e.organization().map(OrganizationId::value)),
                text(e.address()),
                text(e.purpose().name()),
                text(e.scope().map(ActivityId::value)),
                bool(e.given()),
                text(e.channel().name()),
                Values.textArg(e.text()),
                text(e.textVersion()),
                micros(e.at()),
                text(e.source()),
                text(e.recordedBy()));
    }

    @Override
    public Optional<ConsentEntry> find(ConsentEntryId id) {
        return entries("id = ?", text(id.value())).stream().findFirst();
    }

    @Override
    public List<ConsentEntry> entriesOf(PersonId person) {
        return entries("person_id = ?", text(person.value()));
    }

    @Override
    public List<ConsentEntry> entriesOf(OrganizationId organization) {
        return entries("organization_id = ?", text(organization.value()));
    }

    @Override
    public List<ConsentEntry> entriesAt(String address) {
        return entries("address = ?", text(address));
    }

    /** The latest listing entry of each organization asked, by instant and then sequence, where it gives consent. */
    @Override
    public Set<OrganizationId> listedAmong(NetworkId network, java.util.Collection<OrganizationId> organizations) {
        String table = sql.t("consent_entry");
        List<OrganizationId> asked = List.copyOf(organizations);
        Set<OrganizationId> listed = new TreeSet<>();
        for (int from = 0; from < asked.size(); from += Sql.IN_LIST) {
            List<OrganizationId> part = asked.subList(from, Math.min(asked.size(), from + Sql.IN_LIST));
            Argument[] args = new Argument[part.size() + 1];
            args[0] = text(network.value());
            for (int i = 0; i < part.size(); i++) {
                args[i + 1] = text(part.get(i).value());
            }
            listed.addAll(sql.query(
                    "SELECT c.organization_id FROM " + table + " c WHERE c.network_id = ? AND c.purpose ="
                            + " 'DIRECTORY_LISTING' AND c.organization_id IN (" + Sql.placeholders(part.size())
                            + ") AND c.given AND NOT EXISTS (SELECT 1 FROM " + table + " l WHERE l.network_id ="
                            + " c.network_id AND l.purpose = c.purpose AND l.organization_id = c.organization_id AND"
                            + " (l.at_us > c.at_us OR (l.at_us = c.at_us AND l.seq > c.seq)))",
                    (rs, ctx) -> OrganizationId.of(rs.getString(1)),
                    args));
        }
        return listed;
    }

    @Override
    public int erase(PersonId person) {
        String table = sql.t("consent_entry");
        int deleted = sql.update(
                "DELETE FROM " + table + " WHERE person_id = ? AND organization_id IS NULL", text(person.value()));
        // Who recorded an entry was the erased person themselves: that names them too.
        sql.update(
                "UPDATE " + table + " SET recorded_by = ? WHERE person_id = ? AND recorded_by = ?",
                text(ConsentEntry.ERASED_RECORDER),
                text(person.value()),
                text("PERSON " + person.value()));
        return deleted
                + sql.update("UPDATE " + table + " SET person_id = NULL WHERE person_id = ?", text(person.value()));
    }
}
