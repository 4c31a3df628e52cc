package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.bigint;
import static org.chemnet.network.jdbc.internal.Args.bool;
import static org.chemnet.network.jdbc.internal.Args.date;
import static org.chemnet.network.jdbc.internal.Args.decimal;
import static org.chemnet.network.jdbc.internal.Args.integer;
import static org.chemnet.network.jdbc.internal.Args.text;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.chemnet.network.ConcurrentUpdateException;
import org.chemnet.network.Network;
import org.chemnet.network.NetworkId;
import org.chemnet.network.NotFoundException;
import org.chemnet.network.Scope;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.ActivityKind;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.Period;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventKind;
import org.chemnet.network.event.Place;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.membership.Approver;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipPolicy;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.MessageKind;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.organization.StakeholderCommunity;
import org.chemnet.network.organization.SupplyChainPosition;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.StoreTransaction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/** Reads and writes the chemnet tables through one JDBI handle, inside one transaction. Not part of the API. */
public final class JdbcTransaction implements StoreTransaction {
    private static final int IN_LIST_CHUNK = 500;
    /** Rows per JDBC batch in bulk writes: large enough to amortize round trips, small enough to bound memory. */
    private static final int BATCH_ROWS = 1_000;

    private final Handle handle;
    private final Tables t;

    /**
     * Creates a transaction view over a handle that is in a transaction.
     *
     * @param handle the handle
     * @param tables the table names
     */
    public JdbcTransaction(Handle handle, Tables tables) {
        this.handle = handle;
        this.t = tables;
    }

    // ---------------------------------------------------------------- statements

    private int update(String sql, Argument... args) {
        Update update = handle.createUpdate(sql);
        for (int i = 0; i < args.length; i++) {
            update.bind(i, args[i]);
        }
        return update.execute();
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Argument... args) {
        Query query = handle.createQuery(sql);
        for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
        }
        return query.map(mapper).list();
    }

    private <T> Optional<T> one(String sql, RowMapper<T> mapper, Argument... args) {
        List<T> rows = query(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private boolean exists(String table, String where, Argument... args) {
        return !query("SELECT 1 FROM " + t.of(table) + " WHERE " + where, (rs, ctx) -> 1, args)
                .isEmpty();
    }

    /**
     * Runs a statement once per row of arguments, sending the rows to the database {@value #BATCH_ROWS} at a time.
     * Plain JDBC under the handle's connection: JDBI's {@code PreparedBatch} would hold every row's bindings until
     * one batch of all rows runs, which cost a bulk import about a quarter of its time (see docs/benchmarks.md).
     */
    private void batch(String sql, List<Argument[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Update update = handle.createUpdate(sql)) {
            StatementContext context = update.getContext();
            try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
                int pending = 0;
                for (Argument[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        row[i].apply(i + 1, statement, context);
                    }
                    statement.addBatch();
                    if (++pending == BATCH_ROWS) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, context);
            }
        }
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Optional<LocalDate> optionalDay(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    private static Optional<String> optionalText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    private static Optional<Integer> optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    // ---------------------------------------------------------------- networks

    @Override
    public List<NetworkId> networks() {
        return query("SELECT id FROM " + t.of("network") + " ORDER BY id", (rs, ctx) -> NetworkId.of(rs.getString(1)));
    }

    @Override
    public Optional<Network> network(NetworkId id) {
        return one("SELECT * FROM " + t.of("network") + " WHERE id = ?", this::network, text(id.value()));
    }

    private Network network(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
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
                        Approver.valueOf(rs.getString("approver"))),
                optionalText(rs, "website"));
    }

    @Override
    public void putNetwork(Network n) {
        MembershipPolicy p = n.policy();
        Argument[] values = {
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
            text(n.id().value())
        };
        String columns = "name, acronym, network_scope, country, purpose, founded_year, focus_regions, principles,"
                + " organizations_only, eligible_types, fee_amount, fee_currency, required_agreement, approver, website";
        upsert("network", columns, "id", values);
    }

    /**
     * Updates a row by its key, or inserts it if there is none. The key's arguments come last.
     *
     * @param table the table, without prefix
     * @param columns the other columns, comma-separated
     * @param keyColumns the key columns, comma-separated
     * @param values the columns' values, then the key's
     */
    private void upsert(String table, String columns, String keyColumns, Argument... values) {
        String set = assignments(columns, ", ");
        String where = assignments(keyColumns, " AND ");
        if (update("UPDATE " + t.of(table) + " SET " + set + " WHERE " + where, values) == 0) {
            update(
                    "INSERT INTO " + t.of(table) + " (" + columns + ", " + keyColumns + ") VALUES ("
                            + placeholders(values.length) + ")",
                    values);
        }
    }

    /**
     * Each of some columns set to a parameter, as in a {@code SET} or {@code WHERE} clause.
     *
     * @param columns the columns, comma-separated
     * @param separator what stands between two of them: a comma for {@code SET}, {@code AND} for {@code WHERE}
     * @return {@code "a = ?"} for each column {@code a}, joined by the separator
     */
    private static String assignments(String columns, String separator) {
        return Arrays.stream(columns.split(",\\s*", -1)).map(c -> c + " = ?").collect(Collectors.joining(separator));
    }

    // ---------------------------------------------------------------- organizations and persons

    private static final String ORGANIZATION_COLUMNS = "name, other_names, acronym, org_type, community, country,"
            + " website, enterprise_size, supply_chain, sectors, identifiers, contact_details";

    private static Argument[] organizationValues(Organization o) {
        return new Argument[] {
            Values.textArg(o.name()),
            text(Values.strings(o.otherNames())),
            text(o.acronym()),
            text(o.type().name()),
            text(o.community().map(Enum::name)),
            text(o.country()),
            text(o.website()),
            text(o.size().map(Enum::name)),
            text(Values.enums(o.supplyChainPositions())),
            text(Values.strings(o.sectors())),
            text(Values.identifiers(o.identifiers())),
            text(Values.contactDetails(o.contactDetails())),
            text(o.id().value())
        };
    }

    private static Organization organization(ResultSet rs, String prefix) throws SQLException {
        Organization base = Organization.builder(
                        OrganizationId.of(rs.getString(prefix + "id")),
                        Values.text(rs.getString(prefix + "name")),
                        OrganizationType.valueOf(rs.getString(prefix + "org_type")))
                .build();
        return new Organization(
                base.id(),
                base.name(),
                Values.strings(rs.getString(prefix + "other_names")),
                optionalText(rs, prefix + "acronym"),
                base.type(),
                optionalText(rs, prefix + "community").map(StakeholderCommunity::valueOf),
                optionalText(rs, prefix + "country"),
                optionalText(rs, prefix + "website"),
                optionalText(rs, prefix + "enterprise_size").map(EnterpriseSize::valueOf),
                Values.enums(rs.getString(prefix + "supply_chain"), SupplyChainPosition.class),
                Values.strings(rs.getString(prefix + "sectors")),
                Values.identifiers(rs.getString(prefix + "identifiers")),
                Values.contactDetails(rs.getString(prefix + "contact_details")));
    }

    @Override
    public Optional<Organization> organization(OrganizationId id) {
        return one(
                "SELECT * FROM " + t.of("organization") + " WHERE id = ?",
                (rs, ctx) -> organization(rs, ""),
                text(id.value()));
    }

    @Override
    public void putOrganization(Organization organization) {
        upsert("organization", ORGANIZATION_COLUMNS, "id", organizationValues(organization));
    }

    private static final String PERSON_COLUMNS = "name, job_position, email, lang";

    private static Argument[] personValues(Person p) {
        return new Argument[] {
            text(p.name()), text(p.position()), text(p.email()), text(p.language()), text(p.id().value())
        };
    }

    @Override
    public Optional<Person> person(PersonId id) {
        return one(
                "SELECT * FROM " + t.of("person") + " WHERE id = ?",
                (rs, ctx) -> new Person(
                        PersonId.of(rs.getString("id")),
                        rs.getString("name"),
                        optionalText(rs, "job_position"),
                        optionalText(rs, "email"),
                        optionalText(rs, "lang")),
                text(id.value()));
    }

    @Override
    public void putPerson(Person person) {
        upsert("person", PERSON_COLUMNS, "id", personValues(person));
    }

    // ---------------------------------------------------------------- memberships

    private record MembershipRow(
            MembershipId id,
            NetworkId network,
            OrganizationId organization,
            MembershipRole role,
            Optional<PersonId> contact,
            long version) {}

    private static MembershipRow membershipRow(ResultSet rs, String prefix) throws SQLException {
        return new MembershipRow(
                MembershipId.of(rs.getString(prefix + "id")),
                NetworkId.of(rs.getString(prefix + "network_id")),
                OrganizationId.of(rs.getString(prefix + "organization_id")),
                MembershipRole.valueOf(rs.getString(prefix + "member_role")),
                optionalText(rs, prefix + "contact_id").map(PersonId::of),
                rs.getLong(prefix + "row_version"));
    }

    private static Membership membership(MembershipRow row, List<StatusChange> history) {
        return new Membership(
                row.id(), row.network(), row.organization(), row.role(), row.contact(), history, row.version());
    }

    /** The status histories of the memberships a condition on {@code m} selects, by membership. */
    private Map<MembershipId, List<StatusChange>> histories(String where, Argument... args) {
        Map<MembershipId, List<StatusChange>> histories = new LinkedHashMap<>();
        query(
                "SELECT s.membership_id, s.status, s.effective_on, s.reason FROM " + t.of("membership_status")
                        + " s JOIN " + t.of("membership") + " m ON m.id = s.membership_id WHERE " + where
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
        List<MembershipRow> rows = query(
                "SELECT * FROM " + t.of("membership") + " m WHERE " + where + " ORDER BY " + order,
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

    @Override
    public List<Membership> membershipsOf(OrganizationId organization) {
        return memberships("m.organization_id = ?", "m.since, m.id", text(organization.value()));
    }

    private static String openKey(Membership m) {
        return m.status().isOpen()
                ? m.network().value() + "|" + m.organization().value() + "|" + m.role()
                : null;
    }

    @Override
    public Membership insertMembership(Membership membership) {
        Membership stored = membership.withVersion(1);
        if (exists("membership", "id = ?", text(membership.id().value()))) {
            throw new NetworkStorageException(
                    "membership '" + membership.id() + "' is stored already", SqlErrors.UNIQUE_VIOLATION, null);
        }
        try {
            update(
                    "INSERT INTO " + t.of("membership") + " (id, network_id, organization_id, member_role, contact_id,"
                            + " row_version, since, open_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    membershipValues(stored));
        } catch (UnableToExecuteStatementException e) {
            if (SqlErrors.isUniqueViolation(e, "open_key") || SqlErrors.isUniqueViolation(e, "membership_open_uq")) {
                throw new ConcurrentUpdateException("open membership of organization", membership.organization(), 0);
            }
            throw e;
        }
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
            text(openKey(m))
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
        batch(
                "INSERT INTO " + t.of("membership_status")
                        + " (membership_id, seq, status, effective_on, reason) VALUES (?, ?, ?, ?, ?)",
                statuses);
        batch(
                "INSERT INTO " + t.of("membership_active") + " (membership_id, seq, network_id, organization_id,"
                        + " member_role, start_on, end_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                periods);
    }

    @Override
    public Membership updateMembership(Membership membership) {
        Membership stored = membership.withVersion(membership.version() + 1);
        int changed = update(
                "UPDATE " + t.of("membership") + " SET network_id = ?, organization_id = ?, member_role = ?,"
                        + " contact_id = ?, row_version = ?, since = ?, open_key = ? WHERE id = ? AND row_version = ?",
                text(stored.network().value()),
                text(stored.organization().value()),
                text(stored.role().name()),
                text(stored.contact().map(PersonId::value)),
                bigint(stored.version()),
                date(stored.since()),
                text(openKey(stored)),
                text(stored.id().value()),
                bigint(membership.version()));
        if (changed == 0) {
            if (!exists("membership", "id = ?", text(membership.id().value()))) {
                throw new NotFoundException("membership", membership.id());
            }
            throw new ConcurrentUpdateException("membership", membership.id(), membership.version());
        }
        update(
                "DELETE FROM " + t.of("membership_status") + " WHERE membership_id = ?",
                text(stored.id().value()));
        update(
                "DELETE FROM " + t.of("membership_active") + " WHERE membership_id = ?",
                text(stored.id().value()));
        writeHistory(List.of(stored));
        return stored;
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
                    .append(placeholders(values.size()))
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
        Filter f = filter(q);
        List<Participant> participants = new ArrayList<>();
        class Current {
            Organization organization;
            MembershipRow membership;
            List<StatusChange> history = new ArrayList<>();

            void finish() {
                if (membership != null) {
                    participants.add(new Participant(organization, membership(membership, List.copyOf(history))));
                    history.clear();
                }
            }
        }
        Current current = new Current();
        query(
                "SELECT o.id AS o_id, o.name AS o_name, o.other_names AS o_other_names, o.acronym AS o_acronym,"
                        + " o.org_type AS o_org_type, o.community AS o_community, o.country AS o_country,"
                        + " o.website AS o_website, o.enterprise_size AS o_enterprise_size,"
                        + " o.supply_chain AS o_supply_chain, o.sectors AS o_sectors, o.identifiers AS o_identifiers,"
                        + " o.contact_details AS o_contact_details, m.id AS m_id, m.network_id AS m_network_id,"
                        + " m.organization_id AS m_organization_id, m.member_role AS m_member_role,"
                        + " m.contact_id AS m_contact_id, m.row_version AS m_row_version, s.status AS s_status,"
                        + " s.effective_on AS s_effective_on, s.reason AS s_reason"
                        + " FROM " + t.of("membership_active") + " a JOIN " + t.of("organization")
                        + " o ON o.id = a.organization_id JOIN " + t.of("membership") + " m ON m.id = a.membership_id"
                        + " JOIN " + t.of("membership_status") + " s ON s.membership_id = m.id WHERE " + f.where()
                        + " ORDER BY o.id, m.id, s.seq",
                (rs, ctx) -> {
                    String id = rs.getString("m_id");
                    if (current.membership == null
                            || !current.membership.id().value().equals(id)) {
                        current.finish();
                        current.organization = organization(rs, "o_");
                        current.membership = membershipRow(rs, "m_");
                    }
                    current.history.add(new StatusChange(
                            MembershipStatus.valueOf(rs.getString("s_status")),
                            day(rs, "s_effective_on"),
                            optionalText(rs, "s_reason")));
                    return 1;
                },
                f.args().toArray(new Argument[0]));
        current.finish();
        return participants;
    }

    /**
     * Counts from the active periods alone when no filter asks about the organization: every membership's
     * organization is stored (a foreign key), so the join would only cost a lookup per row.
     */
    @Override
    public long countParticipants(ParticipantQuery q) {
        Filter f = filter(q);
        String organizations =
                f.onOrganizations() ? " JOIN " + t.of("organization") + " o ON o.id = a.organization_id" : "";
        return query(
                        "SELECT COUNT(*) FROM " + t.of("membership_active") + " a" + organizations + " WHERE "
                                + f.where(),
                        (rs, ctx) -> rs.getLong(1),
                        f.args().toArray(new Argument[0]))
                .get(0);
    }

    // ---------------------------------------------------------------- governance

    @Override
    public Board board(NetworkId network) {
        Optional<String> name = one(
                "SELECT name FROM " + t.of("board") + " WHERE network_id = ?",
                (rs, ctx) -> rs.getString(1),
                text(network.value()));
        if (name.isEmpty()) {
            return Board.empty();
        }
        List<BoardSeat> seats = query(
                "SELECT * FROM " + t.of("board_seat") + " WHERE network_id = ? ORDER BY pos",
                (rs, ctx) -> new BoardSeat(
                        BoardSeatId.of(rs.getString("id")),
                        OrganizationId.of(rs.getString("organization_id")),
                        optionalText(rs, "representative_id").map(PersonId::of),
                        new Period(day(rs, "term_start"), optionalDay(rs, "term_end")),
                        rs.getBoolean("chair")),
                text(network.value()));
        return new Board(Values.text(name.get()), seats);
    }

    @Override
    public void putBoard(NetworkId network, Board board) {
        upsert("board", "name", "network_id", Values.textArg(board.name()), text(network.value()));
        update("DELETE FROM " + t.of("board_seat") + " WHERE network_id = ?", text(network.value()));
        List<Argument[]> rows = new ArrayList<>();
        for (int i = 0; i < board.seats().size(); i++) {
            BoardSeat s = board.seats().get(i);
            rows.add(new Argument[] {
                text(s.id().value()),
                text(network.value()),
                integer(i),
                text(s.organization().value()),
                text(s.representative().map(PersonId::value)),
                date(s.term().start()),
                date(s.term().end()),
                bool(s.chair())
            });
        }
        batch(
                "INSERT INTO " + t.of("board_seat") + " (id, network_id, pos, organization_id, representative_id,"
                        + " term_start, term_end, chair) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    @Override
    public Optional<Secretariat> secretariat(NetworkId network) {
        return one(
                "SELECT * FROM " + t.of("secretariat") + " WHERE network_id = ?",
                (rs, ctx) -> new Secretariat(
                        Values.text(rs.getString("name")),
                        OrganizationId.of(rs.getString("host_id")),
                        Values.texts(rs.getString("responsibilities")),
                        period(rs, "period_start", "period_end")),
                text(network.value()));
    }

    private static Optional<Period> period(ResultSet rs, String start, String end) throws SQLException {
        Optional<LocalDate> first = optionalDay(rs, start);
        return first.isEmpty() ? Optional.empty() : Optional.of(new Period(first.get(), optionalDay(rs, end)));
    }

    @Override
    public void putSecretariat(NetworkId network, Secretariat s) {
        upsert(
                "secretariat",
                "name, host_id, responsibilities, period_start, period_end",
                "network_id",
                Values.textArg(s.name()),
                text(s.host().value()),
                text(Values.texts(s.responsibilities())),
                date(s.period().map(Period::start)),
                date(s.period().flatMap(Period::end)),
                text(network.value()));
    }

    @Override
    public List<Partner> partners(NetworkId network) {
        return query(
                "SELECT * FROM " + t.of("partner") + " WHERE network_id = ? ORDER BY organization_id",
                (rs, ctx) -> new Partner(
                        OrganizationId.of(rs.getString("organization_id")),
                        Values.optionalText(rs.getString("relationship")),
                        period(rs, "period_start", "period_end")),
                text(network.value()));
    }

    @Override
    public void putPartner(NetworkId network, Partner p) {
        upsert(
                "partner",
                "relationship, period_start, period_end",
                "network_id, organization_id",
                text(Values.text(p.relationship())),
                date(p.period().map(Period::start)),
                date(p.period().flatMap(Period::end)),
                text(network.value()),
                text(p.organization().value()));
    }

    // ---------------------------------------------------------------- activities

    private List<Activity> activities(String where, Argument... args) {
        Map<String, List<OrganizationId>> members = new LinkedHashMap<>();
        query(
                "SELECT am.activity_id, am.organization_id FROM " + t.of("activity_member") + " am JOIN "
                        + t.of("activity") + " x ON x.id = am.activity_id WHERE " + where
                        + " ORDER BY am.activity_id, am.pos",
                (rs, ctx) -> members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(OrganizationId.of(rs.getString(2))),
                args);
        return query(
                "SELECT * FROM " + t.of("activity") + " x WHERE " + where + " ORDER BY x.pos, x.id",
                (rs, ctx) -> Activities.activity(
                        rs.getString("id"),
                        ActivityKind.valueOf(rs.getString("kind")),
                        Values.text(rs.getString("title")),
                        Values.optionalText(rs.getString("description")),
                        rs.getString("details"),
                        members.getOrDefault(rs.getString("id"), List.of())),
                args);
    }

    @Override
    public List<Activity> activities(NetworkId network) {
        return activities("x.network_id = ?", text(network.value()));
    }

    @Override
    public Optional<Activity> activity(ActivityId id) {
        return activities("x.id = ?", text(id.value())).stream().findFirst();
    }

    @Override
    public void putActivity(NetworkId network, Activity a) {
        Argument[] values = {
            text(network.value()),
            text(a.kind().name()),
            Values.textArg(a.title()),
            text(Values.text(a.description())),
            text(Activities.details(a)),
            text(a.id().value())
        };
        if (update(
                        "UPDATE " + t.of("activity")
                                + " SET network_id = ?, kind = ?, title = ?, description = ?, details = ? WHERE id = ?",
                        values)
                == 0) {
            long pos = query("SELECT COALESCE(MAX(pos), 0) + 1 FROM " + t.of("activity"), (rs, ctx) -> rs.getLong(1))
                    .get(0);
            update(
                    "INSERT INTO " + t.of("activity")
                            + " (network_id, kind, title, description, details, id, pos) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    values[0],
                    values[1],
                    values[2],
                    values[3],
                    values[4],
                    values[5],
                    bigint(pos));
        }
        update("DELETE FROM " + t.of("activity_member") + " WHERE activity_id = ?", text(a.id().value()));
        if (a instanceof WorkingGroup group) {
            List<Argument[]> rows = new ArrayList<>();
            for (int i = 0; i < group.members().size(); i++) {
                rows.add(new Argument[] {
                    text(a.id().value()),
                    integer(i),
                    text(group.members().get(i).value())
                });
            }
            batch(
                    "INSERT INTO " + t.of("activity_member") + " (activity_id, pos, organization_id) VALUES (?, ?, ?)",
                    rows);
        }
    }

    // ---------------------------------------------------------------- events and declarations

    private List<Event> events(String where, Argument... args) {
        Map<String, List<OrganizationId>> organizers = new LinkedHashMap<>();
        Map<String, List<OrganizationId>> coOrganizers = new LinkedHashMap<>();
        query(
                "SELECT eo.event_id, eo.organizer_role, eo.organization_id FROM " + t.of("event_organizer")
                        + " eo JOIN " + t.of("event") + " e ON e.id = eo.event_id WHERE " + where
                        + " ORDER BY eo.event_id, eo.organizer_role, eo.pos",
                (rs, ctx) -> ("ORGANIZER".equals(rs.getString(2)) ? organizers : coOrganizers)
                        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(OrganizationId.of(rs.getString(3))),
                args);
        return query(
                "SELECT * FROM " + t.of("event") + " e WHERE " + where + " ORDER BY e.start_on, e.id",
                (rs, ctx) -> new Event(
                        EventId.of(rs.getString("id")),
                        Values.text(rs.getString("name")),
                        optionalText(rs, "acronym"),
                        EventKind.valueOf(rs.getString("kind")),
                        new Period(day(rs, "start_on"), optionalDay(rs, "end_on")),
                        new Place(rs.getString("city"), rs.getString("country"), optionalText(rs, "venue")),
                        organizers.getOrDefault(rs.getString("id"), List.of()),
                        coOrganizers.getOrDefault(rs.getString("id"), List.of()),
                        optionalInt(rs, "participant_count"),
                        optionalInt(rs, "country_count"),
                        Values.optionalText(rs.getString("description"))),
                args);
    }

    @Override
    public List<Event> events(NetworkId network) {
        return events("e.network_id = ?", text(network.value()));
    }

    @Override
    public Optional<Event> event(EventId id) {
        return events("e.id = ?", text(id.value())).stream().findFirst();
    }

    @Override
    public void putEvent(NetworkId network, Event e) {
        upsert(
                "event",
                "network_id, name, acronym, kind, start_on, end_on, city, country, venue, participant_count,"
                        + " country_count, description",
                "id",
                text(network.value()),
                Values.textArg(e.name()),
                text(e.acronym()),
                text(e.kind().name()),
                date(e.dates().start()),
                date(e.dates().end()),
                text(e.place().city()),
                text(e.place().country()),
                text(e.place().venue()),
                integer(e.participantCount().orElse(null)),
                integer(e.countryCount().orElse(null)),
                text(Values.text(e.description())),
                text(e.id().value()));
        update("DELETE FROM " + t.of("event_organizer") + " WHERE event_id = ?", text(e.id().value()));
        List<Argument[]> rows = new ArrayList<>();
        for (int i = 0; i < e.organizers().size(); i++) {
            rows.add(new Argument[] {
                text(e.id().value()),
                text("ORGANIZER"),
                integer(i),
                text(e.organizers().get(i).value())
            });
        }
        for (int i = 0; i < e.coOrganizers().size(); i++) {
            rows.add(new Argument[] {
                text(e.id().value()),
                text("CO_ORGANIZER"),
                integer(i),
                text(e.coOrganizers().get(i).value())
            });
        }
        batch(
                "INSERT INTO " + t.of("event_organizer") + " (event_id, organizer_role, pos, organization_id)"
                        + " VALUES (?, ?, ?, ?)",
                rows);
    }

    private List<Declaration> declarations(String where, Argument... args) {
        Map<String, List<Endorsement>> endorsements = new LinkedHashMap<>();
        query(
                "SELECT en.* FROM " + t.of("endorsement") + " en JOIN " + t.of("declaration")
                        + " d ON d.id = en.declaration_id WHERE " + where + " ORDER BY en.declaration_id, en.pos",
                (rs, ctx) -> endorsements
                        .computeIfAbsent(rs.getString("declaration_id"), k -> new ArrayList<>())
                        .add(new Endorsement(
                                OrganizationId.of(rs.getString("organization_id")),
                                day(rs, "endorsed_on"),
                                optionalDay(rs, "withdrawn_on"))),
                args);
        return query(
                "SELECT * FROM " + t.of("declaration") + " d WHERE " + where + " ORDER BY d.adopted_on, d.id",
                (rs, ctx) -> new Declaration(
                        DeclarationId.of(rs.getString("id")),
                        Values.text(rs.getString("title")),
                        EventId.of(rs.getString("event_id")),
                        day(rs, "adopted_on"),
                        Values.optionalText(rs.getString("summary")),
                        Values.texts(rs.getString("goals")),
                        Values.texts(rs.getString("guidelines")),
                        Values.texts(rs.getString("principles")),
                        endorsements.getOrDefault(rs.getString("id"), List.of())),
                args);
    }

    @Override
    public List<Declaration> declarations(NetworkId network) {
        return declarations("d.network_id = ?", text(network.value()));
    }

    @Override
    public Optional<Declaration> declaration(DeclarationId id) {
        return declarations("d.id = ?", text(id.value())).stream().findFirst();
    }

    @Override
    public Optional<NetworkId> networkOfDeclaration(DeclarationId id) {
        return one(
                "SELECT network_id FROM " + t.of("declaration") + " WHERE id = ?",
                (rs, ctx) -> NetworkId.of(rs.getString(1)),
                text(id.value()));
    }

    @Override
    public void putDeclaration(NetworkId network, Declaration d) {
        upsert(
                "declaration",
                "network_id, title, event_id, adopted_on, summary, goals, guidelines, principles",
                "id",
                text(network.value()),
                Values.textArg(d.title()),
                text(d.adoptedAt().value()),
                date(d.adoptedOn()),
                text(Values.text(d.summary())),
                text(Values.texts(d.goals())),
                text(Values.texts(d.guidelines())),
                text(Values.texts(d.principles())),
                text(d.id().value()));
        update("DELETE FROM " + t.of("endorsement") + " WHERE declaration_id = ?", text(d.id().value()));
        List<Argument[]> rows = new ArrayList<>();
        for (int i = 0; i < d.endorsements().size(); i++) {
            Endorsement e = d.endorsements().get(i);
            rows.add(new Argument[] {
                text(d.id().value()),
                integer(i),
                text(e.organization().value()),
                date(e.endorsedOn()),
                date(e.withdrawnOn())
            });
        }
        batch(
                "INSERT INTO " + t.of("endorsement") + " (declaration_id, pos, organization_id, endorsed_on,"
                        + " withdrawn_on) VALUES (?, ?, ?, ?, ?)",
                rows);
    }

    // ---------------------------------------------------------------- subscriptions

    private List<Subscription> subscriptions(String where, Argument... args) {
        return query(
                "SELECT * FROM " + t.of("subscription") + " WHERE " + where + " ORDER BY id",
                (rs, ctx) -> new Subscription(
                        SubscriptionId.of(rs.getString("id")),
                        ActivityId.of(rs.getString("newsletter_id")),
                        rs.getString("address"),
                        optionalText(rs, "person_id").map(PersonId::of),
                        optionalText(rs, "organization_id").map(OrganizationId::of),
                        new java.util.TreeSet<>(Values.strings(rs.getString("topics"))),
                        new Consent(day(rs, "consent_on"), rs.getString("consent_source")),
                        SubscriptionStatus.valueOf(rs.getString("status")),
                        day(rs, "status_since")),
                args);
    }

    @Override
    public List<Subscription> subscriptions(ActivityId newsletter) {
        return subscriptions("newsletter_id = ?", text(newsletter.value()));
    }

    @Override
    public Optional<Subscription> subscription(SubscriptionId id) {
        return subscriptions("id = ?", text(id.value())).stream().findFirst();
    }

    @Override
    public List<Subscription> subscriptionsOf(PersonId person) {
        return subscriptions("person_id = ?", text(person.value()));
    }

    private static Argument[] subscriptionValues(Subscription s) {
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

    private static final String SUBSCRIPTION_COLUMNS = "newsletter_id, address, person_id, organization_id, topics,"
            + " consent_on, consent_source, status, status_since";

    @Override
    public void putSubscription(Subscription subscription) {
        upsert("subscription", SUBSCRIPTION_COLUMNS, "id", subscriptionValues(subscription));
    }

    @Override
    public void deleteSubscription(SubscriptionId id) {
        update("DELETE FROM " + t.of("subscription") + " WHERE id = ?", text(id.value()));
    }

    // ---------------------------------------------------------------- outbox

    @Override
    public Optional<MailMessage> message(MessageId id) {
        return one(
                "SELECT * FROM " + t.of("mail_message") + " WHERE id = ?",
                (rs, ctx) -> {
                    int number = rs.getInt("issue_number");
                    java.util.OptionalInt issueNumber =
                            rs.wasNull() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(number);
                    return new MailMessage(
                            MessageId.of(rs.getString("id")),
                            MessageKind.valueOf(rs.getString("kind")),
                            optionalText(rs, "newsletter_id").map(ActivityId::of),
                            issueNumber,
                            day(rs, "issued_on"),
                            new java.util.TreeSet<>(Values.strings(rs.getString("topics"))),
                            Values.text(rs.getString("subject")),
                            Values.text(rs.getString("body")));
                },
                text(id.value()));
    }

    @Override
    public void insertMessage(MailMessage m) {
        update(
                "INSERT INTO " + t.of("mail_message") + " (id, kind, newsletter_id, issue_number, issued_on, topics,"
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

    private List<Delivery> deliveries(String where, String tail, Argument... args) {
        return query(
                "SELECT * FROM " + t.of("delivery") + " WHERE " + where + tail,
                (rs, ctx) -> new Delivery(
                        DeliveryId.of(rs.getString("id")),
                        MessageId.of(rs.getString("message_id")),
                        rs.getString("address"),
                        optionalText(rs, "recipient_name"),
                        rs.getString("lang"),
                        optionalText(rs, "subscription_id").map(SubscriptionId::of),
                        DeliveryStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        Args.fromMicros(rs.getLong("next_attempt_us")),
                        optionalText(rs, "last_error")),
                args);
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
    public List<Delivery> dueDeliveries(Instant now, int limit) {
        return deliveries(
                "status = 'PENDING' AND next_attempt_us <= ?",
                " ORDER BY next_attempt_us, id FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY",
                Args.micros(now));
    }

    private static Argument[] deliveryValues(Delivery d) {
        return new Argument[] {
            text(d.message().value()),
            text(d.address()),
            text(d.name()),
            text(d.language()),
            text(d.subscription().map(SubscriptionId::value)),
            text(d.status().name()),
            integer(d.attempts()),
            Args.micros(d.nextAttempt()),
            text(d.lastError().map(e -> e.length() > 2000 ? e.substring(0, 2000) : e)),
            text(d.id().value())
        };
    }

    @Override
    public void insertDeliveries(List<Delivery> deliveries) {
        batch(
                "INSERT INTO " + t.of("delivery") + " (message_id, address, recipient_name, lang, subscription_id,"
                        + " status, attempts, next_attempt_us, last_error, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                deliveries.stream().map(JdbcTransaction::deliveryValues).toList());
    }

    @Override
    public void updateDelivery(Delivery delivery) {
        if (update(
                        "UPDATE " + t.of("delivery") + " SET message_id = ?, address = ?, recipient_name = ?, lang = ?,"
                                + " subscription_id = ?, status = ?, attempts = ?, next_attempt_us = ?, last_error = ?"
                                + " WHERE id = ?",
                        deliveryValues(delivery))
                == 0) {
            throw new NotFoundException("delivery", delivery.id());
        }
    }

    // ---------------------------------------------------------------- bulk import

    /** Organizations in batches: those stored already are updated, the others inserted. */
    @Override
    public void putOrganizations(List<Organization> organizations) {
        Set<String> known = existing(
                "organization", organizations.stream().map(o -> o.id().value()).toList());
        List<Argument[]> inserts = new ArrayList<>();
        List<Argument[]> updates = new ArrayList<>();
        for (Organization o : organizations) {
            (known.contains(o.id().value()) ? updates : inserts).add(organizationValues(o));
        }
        batch(
                "INSERT INTO " + t.of("organization") + " (" + ORGANIZATION_COLUMNS + ", id) VALUES ("
                        + placeholders(13) + ")",
                inserts);
        batch(
                "UPDATE " + t.of("organization") + " SET " + assignments(ORGANIZATION_COLUMNS, ", ") + " WHERE id = ?",
                updates);
    }

    /** Persons in batches: those stored already are updated, the others inserted. */
    @Override
    public void putPersons(List<Person> persons) {
        Set<String> known =
                existing("person", persons.stream().map(p -> p.id().value()).toList());
        List<Argument[]> inserts = new ArrayList<>();
        List<Argument[]> updates = new ArrayList<>();
        for (Person p : persons) {
            (known.contains(p.id().value()) ? updates : inserts).add(personValues(p));
        }
        batch("INSERT INTO " + t.of("person") + " (" + PERSON_COLUMNS + ", id) VALUES (?, ?, ?, ?, ?)", inserts);
        batch(
                "UPDATE " + t.of("person") + " SET name = ?, job_position = ?, email = ?, lang = ? WHERE id = ?",
                updates);
    }

    /** Memberships with their histories, in batches of rows. */
    @Override
    public void insertMemberships(List<Membership> memberships) {
        List<Membership> stored =
                memberships.stream().map(m -> m.withVersion(1)).toList();
        Set<String> known =
                existing("membership", stored.stream().map(m -> m.id().value()).toList());
        if (!known.isEmpty()) {
            throw new NetworkStorageException(
                    "membership '" + known.iterator().next() + "' is stored already", SqlErrors.UNIQUE_VIOLATION, null);
        }
        try {
            batch(
                    "INSERT INTO " + t.of("membership") + " (id, network_id, organization_id, member_role,"
                            + " contact_id, row_version, since, open_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    stored.stream().map(JdbcTransaction::membershipValues).toList());
        } catch (org.jdbi.v3.core.JdbiException e) {
            if (SqlErrors.isUniqueViolation(e, "open_key") || SqlErrors.isUniqueViolation(e, "membership_open_uq")) {
                throw new NetworkStorageException(
                        "an organization would have two open memberships in one network and role",
                        SqlErrors.UNIQUE_VIOLATION,
                        e);
            }
            throw e;
        }
        writeHistory(stored);
    }

    /** Which of some identifiers a table has. */
    private Set<String> existing(String table, List<String> ids) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK));
            found.addAll(query(
                    "SELECT id FROM " + t.of(table) + " WHERE id IN (" + placeholders(chunk.size()) + ")",
                    (rs, ctx) -> rs.getString(1),
                    chunk.stream().map(Args::text).toArray(Argument[]::new)));
        }
        return found;
    }
}
