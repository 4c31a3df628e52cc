package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.bigint;
import static org.chemnet.network.jdbc.internal.Args.date;
import static org.chemnet.network.jdbc.internal.Args.integer;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.day;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.chemnet.network.common.Period;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Agreement;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.MembershipPort;
import org.chemnet.network.spi.NetworkStorageException;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;

/**
 * The membership tables: memberships (versioned in {@link Membership#version()}), their status histories, and the
 * active periods derived from them, which answer the participants of a day. The database keeps at most one open
 * membership per organization, network and role ({@code open_key}), whoever writes at the same time.
 */
final class JdbcMemberships implements MembershipPort {
    private final Sql sql;

    JdbcMemberships(Sql sql) {
        this.sql = sql;
    }

    record MembershipRow(
            MembershipId id,
            NetworkId network,
            OrganizationId organization,
            MembershipRole role,
            Optional<PersonId> contact,
            long version) {}

    static MembershipRow membershipRow(ResultSet rs, String prefix) throws SQLException {
        return new MembershipRow(
                MembershipId.of(rs.getString(prefix + "id")),
                NetworkId.of(rs.getString(prefix + "network_id")),
                OrganizationId.of(rs.getString(prefix + "organization_id")),
                MembershipRole.valueOf(rs.getString(prefix + "member_role")),
                optionalText(rs, prefix + "contact_id").map(PersonId::of),
                rs.getLong(prefix + "row_version"));
    }

    static Membership membership(MembershipRow row, List<StatusChange> history) {
        return new Membership(
                row.id(), row.network(), row.organization(), row.role(), row.contact(), history, row.version());
    }

    /** The status histories of the memberships a condition on {@code m} selects, by membership. */
    private Map<MembershipId, List<StatusChange>> histories(String where, Argument... args) {
        Map<MembershipId, List<StatusChange>> histories = new LinkedHashMap<>();
        sql.query(
                "SELECT s.membership_id, s.status, s.effective_on, s.reason FROM " + sql.t("membership_status")
                        + " s JOIN " + sql.t("membership") + " m ON m.id = s.membership_id WHERE " + where
                        + " ORDER BY s.membership_id, s.seq",
                (rs, ctx) -> {
                    histories
                            .computeIfAbsent(MembershipId.of(rs.getString(1)), k -> new ArrayList<>())
                            .add(new StatusChange(
                                    MembershipStatus.valueOf(rs.getString(2)),
                                    day(rs, "effective_on"),
                                    optionalText(rs, "reason")));
                    return 1;
                },
                args);
        return histories;
    }

    private List<Membership> memberships(String where, String order, Argument... args) {
        List<MembershipRow> rows = sql.query(
                "SELECT * FROM " + sql.t("membership") + " m WHERE " + where + " ORDER BY " + order,
                (rs, ctx) -> membershipRow(rs, ""),
                args);
        Map<MembershipId, List<StatusChange>> histories = histories(where, args);
        return rows.stream()
                .map(r -> membership(r, histories.getOrDefault(r.id(), List.of())))
                .toList();
    }

    @Override
    public Optional<Membership> membership(MembershipId id) {
        return memberships("m.id = ?", "m.id", text(id.value())).stream().findFirst();
    }

    @Override
    public List<Membership> memberships(NetworkId network) {
        return memberships("m.network_id = ?", "m.id", text(network.value()));
    }

    /** A row of the memberships query: a membership and one change of its history, if it has any. */
    private record Row(MembershipRow membership, Optional<StatusChange> change) {}

    /** The memberships with their histories, by one query ordered by membership, grouped as the rows come. */
    @Override
    public void memberships(NetworkId id, Consumer<Membership> each) {
        List<Row> group = new ArrayList<>();
        sql.each(
                "SELECT m.*, s.status AS s_status, s.effective_on AS s_effective_on, s.reason AS s_reason FROM "
                        + sql.t("membership") + " m LEFT JOIN " + sql.t("membership_status")
                        + " s ON s.membership_id = m.id WHERE m.network_id = ? ORDER BY m.id, s.seq",
                (rs, ctx) -> {
                    Optional<String> status = optionalText(rs, "s_status");
                    Optional<StatusChange> change = status.isEmpty()
                            ? Optional.empty()
                            : Optional.of(new StatusChange(
                                    MembershipStatus.valueOf(status.get()),
                                    day(rs, "s_effective_on"),
                                    optionalText(rs, "s_reason")));
                    return new Row(membershipRow(rs, ""), change);
                },
                row -> {
                    if (!group.isEmpty()
                            && !group.get(0)
                                    .membership()
                                    .id()
                                    .equals(row.membership().id())) {
                        flush(group, each);
                    }
                    group.add(row);
                },
                text(id.value()));
        flush(group, each);
    }

    private static void flush(List<Row> group, Consumer<Membership> each) {
        if (group.isEmpty()) {
            return;
        }
        List<StatusChange> history = new ArrayList<>(group.size());
        group.forEach(r -> r.change().ifPresent(history::add));
        each.accept(membership(group.get(0).membership(), history));
        group.clear();
    }

    @Override
    public List<Membership> membershipsOf(OrganizationId organization) {
        return memberships("m.organization_id = ?", "m.since, m.id", text(organization.value()));
    }

    /**
     * A page of a network's memberships, from the index on the network (and current status) and identifier; then the
     * histories of the page, in one more query over the same index, from the page's first identifier to its last.
     */
    @Override
    public List<Membership> membershipsAfter(
            NetworkId network, Optional<MembershipStatus> status, Optional<MembershipId> after, int limit) {
        String filter = status.isPresent() ? "m.network_id = ? AND m.current_status = ?" : "m.network_id = ?";
        List<Argument> args = new ArrayList<>(List.of(text(network.value())));
        status.ifPresent(s -> args.add(text(s.name())));
        Keyset page = Keyset.of(filter, args, "m.id", after.map(MembershipId::value), limit);
        List<MembershipRow> rows = sql.query(
                "SELECT * FROM " + sql.t("membership") + " m WHERE " + page.clause(),
                (rs, ctx) -> membershipRow(rs, ""),
                page.arguments());
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Argument> range = new ArrayList<>(args);
        range.add(text(rows.get(0).id().value()));
        range.add(text(rows.get(rows.size() - 1).id().value()));
        Map<MembershipId, List<StatusChange>> histories =
                histories(filter + " AND m.id >= ? AND m.id <= ?", range.toArray(new Argument[0]));
        return rows.stream()
                .map(r -> membership(r, histories.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static String openKey(Membership m) {
        return m.status().isOpen()
                ? m.network().value() + "|" + m.organization().value() + "|" + m.role()
                : null;
    }

    /**
     * Tells whether a failure is a violation of the one-open-membership constraint, by its name: H2's message also
     * quotes the statement, whose columns name {@code open_key} whatever was violated.
     */
    private static boolean isOpenKeyViolation(Throwable failure) {
        return SqlErrors.isUniqueViolation(failure, "membership_open_uq");
    }

    private static final String INSERT_COLUMNS =
            "id, network_id, organization_id, member_role, contact_id, row_version, since, open_key, current_status";

    @Override
    public Membership insert(Membership membership) {
        Membership stored = membership.withVersion(1);
        sql.insert(
                e -> isOpenKeyViolation(e)
                        ? Sql.conflict(
                                new ConcurrentUpdateException(
                                        "open membership of organization", membership.organization(), 0),
                                e)
                        : Sql.storedAlready("membership", membership.id(), e),
                "INSERT INTO " + sql.t("membership") + " (" + INSERT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                membershipValues(stored));
        writeHistory(List.of(stored));
        return stored;
    }

    private static Argument[] membershipValues(Membership m) {
        return new Argument[] {
            text(m.id().value()),
            text(m.network().value()),
            text(m.organization().value()),
            text(m.role().name()),
            text(m.contact().map(PersonId::value)),
            bigint(m.version()),
            date(m.since()),
            text(openKey(m)),
            text(m.status().name())
        };
    }

    /** Writes the status rows and the derived active periods of memberships whose rows are written already. */
    private void writeHistory(List<Membership> memberships) {
        List<Argument[]> statuses = new ArrayList<>();
        List<Argument[]> periods = new ArrayList<>();
        for (Membership m : memberships) {
            List<StatusChange> history = m.history();
            for (int i = 0; i < history.size(); i++) {
                StatusChange c = history.get(i);
                statuses.add(new Argument[] {
                    text(m.id().value()), integer(i), text(c.status().name()), date(c.date()), text(c.reason())
                });
            }
            int seq = 0;
            for (Period period : m.activePeriods()) {
                periods.add(new Argument[] {
                    text(m.id().value()),
                    integer(seq++),
                    text(m.network().value()),
                    text(m.organization().value()),
                    text(m.role().name()),
                    date(period.start()),
                    date(period.end())
                });
            }
        }
        sql.batch(
                "INSERT INTO " + sql.t("membership_status")
                        + " (membership_id, seq, status, effective_on, reason) VALUES (?, ?, ?, ?, ?)",
                statuses);
        sql.batch(
                "INSERT INTO " + sql.t("membership_active") + " (membership_id, seq, network_id, organization_id,"
                        + " member_role, start_on, end_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                periods);
    }

    @Override
    public Membership update(Membership membership) {
        Membership stored = membership.withVersion(membership.version() + 1);
        int changed = sql.update(
                "UPDATE " + sql.t("membership") + " SET network_id = ?, organization_id = ?, member_role = ?,"
                        + " contact_id = ?, row_version = ?, since = ?, open_key = ?, current_status = ?"
                        + " WHERE id = ? AND row_version = ?",
                text(stored.network().value()),
                text(stored.organization().value()),
                text(stored.role().name()),
                text(stored.contact().map(PersonId::value)),
                bigint(stored.version()),
                date(stored.since()),
                text(openKey(stored)),
                text(stored.status().name()),
                text(stored.id().value()),
                bigint(membership.version()));
        if (changed == 0) {
            if (!sql.exists("membership", "id = ?", text(membership.id().value()))) {
                throw new NotFoundException("membership", membership.id());
            }
            throw new ConcurrentUpdateException("membership", membership.id(), membership.version());
        }
        sql.update(
                "DELETE FROM " + sql.t("membership_status") + " WHERE membership_id = ?",
                text(stored.id().value()));
        sql.update(
                "DELETE FROM " + sql.t("membership_active") + " WHERE membership_id = ?",
                text(stored.id().value()));
        writeHistory(List.of(stored));
        return stored;
    }

    /**
     * Memberships with their histories, in batches of rows, without reading first: a membership stored already, or a
     * second open membership of one organization in one network and role, fails its batch with SQLState 23505.
     */
    @Override
    public void insertAll(List<Membership> memberships) {
        List<Membership> stored =
                memberships.stream().map(m -> m.withVersion(1)).toList();
        try {
            sql.batch(
                    "INSERT INTO " + sql.t("membership") + " (" + INSERT_COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    stored.stream().map(JdbcMemberships::membershipValues).toList());
        } catch (JdbiException e) {
            if (isOpenKeyViolation(e)) {
                throw new NetworkStorageException(
                        "an organization would have two open memberships in one network and role: "
                                + SqlErrors.detail(e),
                        SqlErrors.UNIQUE_VIOLATION,
                        e);
            }
            if (SqlErrors.isUniqueViolation(e)) {
                throw new NetworkStorageException(
                        "a membership of the import is stored already, or listed twice: " + SqlErrors.detail(e),
                        SqlErrors.UNIQUE_VIOLATION,
                        e);
            }
            throw e;
        }
        writeHistory(stored);
    }

    // ---------------------------------------------------------------- participants

    /** A participants filter: its condition, its arguments, and whether the condition reads organization columns. */
    private record Filter(String where, List<Argument> args, boolean onOrganizations) {}

    private static Filter filter(ParticipantQuery q) {
        StringBuilder where =
                new StringBuilder("a.network_id = ? AND a.start_on <= ? AND (a.end_on IS NULL OR a.end_on >= ?)");
        List<Argument> args = new ArrayList<>(List.of(text(q.network().value()), date(q.day()), date(q.day())));
        q.role().ifPresent(r -> {
            where.append(" AND a.member_role = ?");
            args.add(text(r.name()));
        });
        int beforeOrganizations = args.size();
        in(where, args, "o.org_type", q.types().stream().map(Enum::name).toList());
        in(where, args, "o.country", List.copyOf(q.countries()));
        in(where, args, "o.enterprise_size", q.sizes().stream().map(Enum::name).toList());
        in(where, args, "o.community", q.communities().stream().map(Enum::name).toList());
        return new Filter(where.toString(), args, args.size() > beforeOrganizations);
    }

    private static void in(StringBuilder where, List<Argument> args, String column, List<String> values) {
        if (!values.isEmpty()) {
            where.append(" AND ")
                    .append(column)
                    .append(" IN (")
                    .append(Sql.placeholders(values.size()))
                    .append(')');
            values.forEach(v -> args.add(text(v)));
        }
    }

    /**
     * One query: each participant's organization, membership and status history, a row per status, in order. A
     * second query for the histories, which selected the participants again through a subquery, took H2 30 s over a
     * million memberships (AsOfQueryBenchmark, docs/benchmarks.md).
     */
    @Override
    public List<Participant> participants(ParticipantQuery q) {
        List<Participant> participants = new ArrayList<>();
        participants(q, participants::add);
        return participants;
    }

    /** The participants by one query, handed over as its rows are fetched, grouped by membership as they come. */
    @Override
    public void participants(ParticipantQuery q, Consumer<Participant> each) {
        Filter f = filter(q);
        class Current {
            Organization organization;
            MembershipRow membership;
            List<StatusChange> history = new ArrayList<>();

            void finish() {
                if (membership != null) {
                    each.accept(new Participant(organization, membership(membership, List.copyOf(history))));
                    history.clear();
                }
            }
        }
        Current current = new Current();
        sql.each(
                "SELECT o.id AS o_id, o.name AS o_name, o.other_names AS o_other_names, o.acronym AS o_acronym,"
                        + " o.org_type AS o_org_type, o.community AS o_community, o.country AS o_country,"
                        + " o.website AS o_website, o.enterprise_size AS o_enterprise_size,"
                        + " o.supply_chain AS o_supply_chain, o.sectors AS o_sectors, o.identifiers AS o_identifiers,"
                        + " o.contact_details AS o_contact_details, o.former_names AS o_former_names,"
                        + " o.dissolved_on AS o_dissolved_on, m.id AS m_id, m.network_id AS m_network_id,"
                        + " m.organization_id AS m_organization_id, m.member_role AS m_member_role,"
                        + " m.contact_id AS m_contact_id, m.row_version AS m_row_version, s.status AS s_status,"
                        + " s.effective_on AS s_effective_on, s.reason AS s_reason"
                        + " FROM " + sql.t("membership_active") + " a JOIN " + sql.t("organization")
                        + " o ON o.id = a.organization_id JOIN " + sql.t("membership")
                        + " m ON m.id = a.membership_id JOIN " + sql.t("membership_status")
                        + " s ON s.membership_id = m.id WHERE " + f.where() + " ORDER BY o.id, m.id, s.seq",
                (rs, ctx) -> {
                    String id = rs.getString("m_id");
                    if (current.membership == null
                            || !current.membership.id().value().equals(id)) {
                        current.finish();
                        current.organization = JdbcOrganizations.organization(rs, "o_");
                        current.membership = membershipRow(rs, "m_");
                    }
                    current.history.add(new StatusChange(
                            MembershipStatus.valueOf(rs.getString("s_status")),
                            day(rs, "s_effective_on"),
                            optionalText(rs, "s_reason")));
                    return 1;
                },
                row -> {},
                f.args().toArray(new Argument[0]));
        current.finish();
    }

    /**
     * Counts from the active periods alone when no filter asks about the organization: every membership's
     * organization is stored (a foreign key), so the join would only cost a lookup per row.
     */
    @Override
    public long countParticipants(ParticipantQuery q) {
        Filter f = filter(q);
        String organizations =
                f.onOrganizations() ? " JOIN " + sql.t("organization") + " o ON o.id = a.organization_id" : "";
        return sql.query(
                        "SELECT COUNT(*) FROM " + sql.t("membership_active") + " a" + organizations + " WHERE "
                                + f.where(),
                        (rs, ctx) -> rs.getLong(1),
                        f.args().toArray(new Argument[0]))
                .get(0);
    }

    /** One statement per {@value Sql#IN_LIST} identifiers. */
    @Override
    public Map<MembershipId, NetworkId> networksOfMemberships(Collection<MembershipId> ids) {
        return NetworksOf.of(
                sql, "SELECT id, network_id FROM " + sql.t("membership") + " WHERE id IN ", ids, MembershipId::value);
    }

    private static final String AGREEMENT_COLUMNS =
            "network_id, organization_id, agreement_text, version, agreed_on, recorded_us";

    @Override
    public void insertAgreement(Agreement agreement) {
        sql.update(
                "INSERT INTO " + sql.t("agreement") + " (id, " + AGREEMENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                text(UUID.randomUUID().toString()),
                text(agreement.network().value()),
                text(agreement.organization().value()),
                Values.textArg(agreement.text()),
                text(agreement.version()),
                date(agreement.agreedOn()),
                Args.micros(Instant.now()));
    }

    @Override
    public List<Agreement> agreements(NetworkId network, OrganizationId organization) {
        return sql.query(
                "SELECT " + AGREEMENT_COLUMNS + " FROM " + sql.t("agreement")
                        + " WHERE network_id = ? AND organization_id = ? ORDER BY agreed_on, recorded_us, id",
                (rs, ctx) -> agreement(rs),
                text(network.value()),
                text(organization.value()));
    }

    @Override
    public List<Agreement> agreementsIn(NetworkId network) {
        return sql.query(
                "SELECT " + AGREEMENT_COLUMNS + " FROM " + sql.t("agreement")
                        + " WHERE network_id = ? ORDER BY organization_id, agreed_on, recorded_us, id",
                (rs, ctx) -> agreement(rs),
                text(network.value()));
    }

    private static Agreement agreement(ResultSet rs) throws SQLException {
        return new Agreement(
                NetworkId.of(rs.getString("network_id")),
                OrganizationId.of(rs.getString("organization_id")),
                Values.text(rs.getString("agreement_text")),
                optionalText(rs, "version"),
                day(rs, "agreed_on"));
    }
}
