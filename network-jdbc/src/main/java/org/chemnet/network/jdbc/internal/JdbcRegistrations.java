package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.bigint;
import static org.chemnet.network.jdbc.internal.Args.integer;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.optionalInt;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.registration.Attendance;
import org.chemnet.network.registration.Eligibility;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registrant;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationId;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.registration.RegistrationStatus;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.RegistrationPort;
import org.chemnet.network.spi.Versioned;

/**
 * The registration rules and registration tables. The rules row of an occasion is versioned: advancing it is the
 * guard of every change to the occasion's registrations, so a registration row needs no version of its own; the
 * unique occasion and sequence keep two writers from taking one place in the order even so.
 */
final class JdbcRegistrations implements RegistrationPort {
    private static final String RULES_COLUMNS = "network_id, capacity, eligibility";
    private static final String REGISTRATION_COLUMNS = "occasion_kind, occasion_id, network_id, organization_id,"
            + " person_id, sequence_no, status, attendance, registered_us, promoted_us";

    private final Sql sql;

    JdbcRegistrations(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Versioned<RegistrationRules>> rules(Occasion occasion) {
        return sql.one(
                "SELECT " + RULES_COLUMNS + ", row_version FROM " + sql.t("registration_rules")
                        + " WHERE occasion_kind = ? AND occasion_id = ?",
                (rs, ctx) -> new Versioned<>(
                        new RegistrationRules(
                                occasion,
                                NetworkId.of(rs.getString("network_id")),
                                optionalInt(rs, "capacity"),
                                Eligibility.valueOf(rs.getString("eligibility"))),
                        rs.getLong("row_version")),
                text(occasion.kind().name()),
                text(occasion.id()));
    }

    @Override
    public long saveRules(RegistrationRules rules, long expectedVersion) {
        Occasion occasion = rules.occasion();
        if (expectedVersion == 0) {
            sql.insert(
                    "registration rules of",
                    occasion,
                    "INSERT INTO " + sql.t("registration_rules") + " (" + RULES_COLUMNS
                            + ", row_version, occasion_kind, occasion_id) VALUES (?, ?, ?, 1, ?, ?)",
                    text(rules.network().value()),
                    integer(rules.capacity().orElse(null)),
                    text(rules.eligibility().name()),
                    text(occasion.kind().name()),
                    text(occasion.id()));
            return 1;
        }
        int changed = sql.update(
                "UPDATE " + sql.t("registration_rules") + " SET " + Sql.assignments(RULES_COLUMNS, ", ")
                        + ", row_version = row_version + 1 WHERE occasion_kind = ? AND occasion_id = ?"
                        + " AND row_version = ?",
                text(rules.network().value()),
                integer(rules.capacity().orElse(null)),
                text(rules.eligibility().name()),
                text(occasion.kind().name()),
                text(occasion.id()),
                bigint(expectedVersion));
        if (changed == 0) {
            throw new ConcurrentUpdateException("registration rules of", occasion, expectedVersion);
        }
        return expectedVersion + 1;
    }

    @Override
    public Optional<Registration> registration(RegistrationId id) {
        return sql.one(
                "SELECT id, " + REGISTRATION_COLUMNS + " FROM " + sql.t("registration") + " WHERE id = ?",
                (rs, ctx) -> registration(rs),
                text(id.value()));
    }

    @Override
    public List<Registration> registrations(Occasion occasion) {
        return sql.query(
                "SELECT id, " + REGISTRATION_COLUMNS + " FROM " + sql.t("registration")
                        + " WHERE occasion_kind = ? AND occasion_id = ? ORDER BY sequence_no",
                (rs, ctx) -> registration(rs),
                text(occasion.kind().name()),
                text(occasion.id()));
    }

    @Override
    public List<Registration> registrationsOf(PersonId person) {
        return sql.query(
                "SELECT id, " + REGISTRATION_COLUMNS + " FROM " + sql.t("registration")
                        + " WHERE person_id = ? ORDER BY registered_us, id",
                (rs, ctx) -> registration(rs),
                text(person.value()));
    }

    @Override
    public void insert(Registration registration) {
        sql.insert(
                "registration (or its sequence " + registration.sequence() + " of " + registration.occasion() + ")",
                registration.id(),
                "INSERT INTO " + sql.t("registration") + " (id, " + REGISTRATION_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                text(registration.id().value()),
                text(registration.occasion().kind().name()),
                text(registration.occasion().id()),
                text(registration.network().value()),
                text(registration.registrant().organization().map(OrganizationId::value)),
                text(registration.registrant().person().map(PersonId::value)),
                bigint(registration.sequence()),
                text(registration.status().name()),
                text(registration.attendance().map(Attendance::name)),
                Args.micros(registration.registeredAt()),
                Args.micros(registration.promotedAt()));
    }

    @Override
    public void update(Registration registration) {
        int changed = sql.update(
                "UPDATE " + sql.t("registration") + " SET status = ?, attendance = ?, promoted_us = ? WHERE id = ?",
                text(registration.status().name()),
                text(registration.attendance().map(Attendance::name)),
                Args.micros(registration.promotedAt()),
                text(registration.id().value()));
        if (changed == 0) {
            throw new NetworkStorageException("registration " + registration.id() + " is not stored", null, null);
        }
    }

    private static Registration registration(ResultSet rs) throws SQLException {
        long promoted = rs.getLong("promoted_us");
        Optional<java.time.Instant> promotedAt =
                rs.wasNull() ? Optional.empty() : Optional.of(Args.fromMicros(promoted));
        return new Registration(
                RegistrationId.of(rs.getString("id")),
                new Occasion(Occasion.Kind.valueOf(rs.getString("occasion_kind")), rs.getString("occasion_id")),
                NetworkId.of(rs.getString("network_id")),
                new Registrant(
                        optionalText(rs, "organization_id").map(OrganizationId::of),
                        optionalText(rs, "person_id").map(PersonId::of)),
                rs.getLong("sequence_no"),
                RegistrationStatus.valueOf(rs.getString("status")),
                optionalText(rs, "attendance").map(Attendance::valueOf),
                Args.fromMicros(rs.getLong("registered_us")),
                promotedAt);
    }
}
