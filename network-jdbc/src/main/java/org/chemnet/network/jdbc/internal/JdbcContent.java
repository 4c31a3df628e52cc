package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.date;
import static org.chemnet.network.jdbc.internal.Args.integer;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.day;
import static org.chemnet.network.jdbc.internal.Sql.optionalDay;
import static org.chemnet.network.jdbc.internal.Sql.optionalInt;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.ActivityKind;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.common.Period;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventKind;
import org.chemnet.network.event.Place;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.spi.ContentPort;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.Versioned;
import org.jdbi.v3.core.argument.Argument;

/**
 * The activity, partner, event, declaration and endorsement tables. Activities and partners are versioned rows; a
 * partnership is ended by an update "where still open". An endorsement is a row of its own, keyed by
 * declaration, organization and first day and placed after the others by the insert itself; {@code open_key} keeps at
 * most one open endorsement per organization and declaration, whoever writes at the same time.
 */
final class JdbcContent implements ContentPort {
    private final Sql sql;

    JdbcContent(Sql sql) {
        this.sql = sql;
    }

    /** Refuses a change of something that belongs to another network; nothing if it is not stored at all. */
    private void requireNoOtherNetwork(String table, String kind, Object id, NetworkId network) {
        Optional<String> stored = sql.one(
                "SELECT network_id FROM " + sql.t(table) + " WHERE id = ?",
                (rs, ctx) -> rs.getString(1),
                text(String.valueOf(id)));
        if (stored.isPresent()) {
            throw new NetworkStorageException(
                    kind + " '" + id + "' belongs to network '" + stored.get() + "', not '" + network + "'",
                    SqlErrors.UNIQUE_VIOLATION,
                    null);
        }
    }

    // ---------------------------------------------------------------- activities

    /** The activities of a filter, with their versions, in the order they were first stored. */
    private List<Versioned<Activity>> activities(String where, Argument... args) {
        Map<String, List<OrganizationId>> members = new LinkedHashMap<>();
        sql.query(
                "SELECT am.activity_id, am.organization_id FROM " + sql.t("activity_member") + " am JOIN "
                        + sql.t("activity") + " x ON x.id = am.activity_id WHERE " + where
                        + " ORDER BY am.activity_id, am.pos",
                (rs, ctx) -> members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(OrganizationId.of(rs.getString(2))),
                args);
        return sql.query(
                "SELECT * FROM " + sql.t("activity") + " x WHERE " + where + " ORDER BY x.pos, x.id",
                (rs, ctx) -> new Versioned<>(
                        Activities.activity(
                                rs.getString("id"),
                                ActivityKind.valueOf(rs.getString("kind")),
                                Values.text(rs.getString("title")),
                                Values.optionalText(rs.getString("description")),
                                rs.getString("details"),
                                members.getOrDefault(rs.getString("id"), List.of()),
                                optionalDay(rs, "retired_on")),
                        rs.getLong("row_version")),
                args);
    }

    @Override
    public List<Activity> activities(NetworkId network) {
        return activities("x.network_id = ?", text(network.value())).stream()
                .map(Versioned::value)
                .toList();
    }

    @Override
    public Optional<Activity> activity(ActivityId id) {
        return activities("x.id = ?", text(id.value())).stream().findFirst().map(Versioned::value);
    }

    @Override
    public Optional<Versioned<Activity>> activity(NetworkId network, ActivityId id) {
        return activities("x.id = ? AND x.network_id = ?", text(id.value()), text(network.value())).stream()
                .findFirst();
    }

    /** The columns an activity's values go to, other than its identifier, network and place. */
    private static final String ACTIVITY_COLUMNS = "kind, title, description, details, retired_on";

    /** The values of {@link #ACTIVITY_COLUMNS}, then the identifier and the network. */
    private static Argument[] activityValues(NetworkId network, Activity a) {
        return new Argument[] {
            text(a.kind().name()),
            Values.textArg(a.title()),
            text(Values.text(a.description())),
            text(Activities.details(a)),
            date(a.retired()),
            text(a.id().value()),
            text(network.value())
        };
    }

    /** Replaces whole: advances the version, so that a versioned update that read the row before fails. */
    @Override
    public void saveActivity(NetworkId network, Activity a) {
        Argument[] values = activityValues(network, a);
        if (sql.update(
                        "UPDATE " + sql.t("activity") + " SET " + Sql.assignments(ACTIVITY_COLUMNS, ", ")
                                + ", row_version = row_version + 1 WHERE id = ? AND network_id = ?",
                        values)
                == 0) {
            requireNoOtherNetwork("activity", "activity", a.id(), network);
            insertActivityRow(a, values);
        }
        saveMembers(a);
    }

    @Override
    public void insertActivity(NetworkId network, Activity a) {
        insertActivityRow(a, activityValues(network, a));
        saveMembers(a);
    }

    /**
     * Inserts an activity's row at version 1, placed after every activity stored before by the insert itself; two
     * added at once may share a place, and are then ordered by identifier.
     */
    private void insertActivityRow(Activity a, Argument[] values) {
        sql.insert(
                "activity",
                a.id(),
                "INSERT INTO " + sql.t("activity") + " (" + ACTIVITY_COLUMNS + ", id, network_id, pos, row_version)"
                        + " SELECT ?, ?, ?, ?, ?, ?, ?, COALESCE(MAX(pos), 0) + 1, 1 FROM " + sql.t("activity"),
                values);
    }

    @Override
    public long updateActivity(NetworkId network, Activity a, long expectedVersion) {
        long version = sql.updateVersioned(
                "activity of network " + network,
                a.id(),
                "activity",
                ACTIVITY_COLUMNS,
                "id, network_id",
                activityValues(network, a),
                2,
                expectedVersion);
        saveMembers(a);
        return version;
    }

    /** A working group's members, in order, replacing those stored; none for other kinds. */
    private void saveMembers(Activity a) {
        sql.update("DELETE FROM " + sql.t("activity_member") + " WHERE activity_id = ?", text(a.id().value()));
        if (a instanceof WorkingGroup group) {
            List<Argument[]> rows = new ArrayList<>();
            for (int i = 0; i < group.members().size(); i++) {
                rows.add(new Argument[] {
                    text(a.id().value()),
                    integer(i),
                    text(group.members().get(i).value())
                });
            }
            sql.batch(
                    "INSERT INTO " + sql.t("activity_member") + " (activity_id, pos, organization_id) VALUES (?, ?, ?)",
                    rows);
        }
    }

    // ---------------------------------------------------------------- partners

    private List<Versioned<Partner>> partners(String where, Argument... args) {
        return sql.query(
                "SELECT * FROM " + sql.t("partner") + " WHERE " + where + " ORDER BY organization_id",
                (rs, ctx) -> new Versioned<>(
                        new Partner(
                                OrganizationId.of(rs.getString("organization_id")),
                                Values.optionalText(rs.getString("relationship")),
                                Sql.period(rs, "period_start", "period_end")),
                        rs.getLong("row_version")),
                args);
    }

    @Override
    public List<Partner> partners(NetworkId network) {
        return partners("network_id = ?", text(network.value())).stream()
                .map(Versioned::value)
                .toList();
    }

    private static final String PARTNER_COLUMNS = "relationship, period_start, period_end";

    /** The values of {@link #PARTNER_COLUMNS}, then the network and the organization. */
    private static Argument[] partnerValues(NetworkId network, Partner p) {
        return new Argument[] {
            text(Values.text(p.relationship())),
            date(p.period().map(Period::start)),
            date(p.period().flatMap(Period::end)),
            text(network.value()),
            text(p.organization().value())
        };
    }

    /** Replaces whole: advances the version, as {@link #saveActivity} does. */
    @Override
    public void savePartner(NetworkId network, Partner p) {
        Argument[] values = partnerValues(network, p);
        if (sql.update(
                        "UPDATE " + sql.t("partner") + " SET " + Sql.assignments(PARTNER_COLUMNS, ", ")
                                + ", row_version = row_version + 1 WHERE network_id = ? AND organization_id = ?",
                        values)
                == 0) {
            insertPartner(network, p);
        }
    }

    @Override
    public Optional<Versioned<Partner>> partner(NetworkId network, OrganizationId organization) {
        return partners("network_id = ? AND organization_id = ?", text(network.value()), text(organization.value()))
                .stream()
                .findFirst();
    }

    @Override
    public void insertPartner(NetworkId network, Partner p) {
        sql.insert(
                "partner of network " + network,
                p.organization(),
                "INSERT INTO " + sql.t("partner") + " (" + PARTNER_COLUMNS + ", network_id, organization_id,"
                        + " row_version) VALUES (?, ?, ?, ?, ?, 1)",
                partnerValues(network, p));
    }

    @Override
    public long updatePartner(NetworkId network, Partner p, long expectedVersion) {
        return sql.updateVersioned(
                "partner of network " + network,
                p.organization(),
                "partner",
                PARTNER_COLUMNS,
                "network_id, organization_id",
                partnerValues(network, p),
                2,
                expectedVersion);
    }

    // ---------------------------------------------------------------- events

    private List<Event> events(String where, Argument... args) {
        Map<String, List<OrganizationId>> organizers = new LinkedHashMap<>();
        Map<String, List<OrganizationId>> coOrganizers = new LinkedHashMap<>();
        sql.query(
                "SELECT eo.event_id, eo.organizer_role, eo.organization_id FROM " + sql.t("event_organizer")
                        + " eo JOIN " + sql.t("event") + " e ON e.id = eo.event_id WHERE " + where
                        + " ORDER BY eo.event_id, eo.organizer_role, eo.pos",
                (rs, ctx) -> ("ORGANIZER".equals(rs.getString(2)) ? organizers : coOrganizers)
                        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(OrganizationId.of(rs.getString(3))),
                args);
        return sql.query(
                "SELECT * FROM " + sql.t("event") + " e WHERE " + where + " ORDER BY e.start_on, e.id",
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

    private static final String EVENT_COLUMNS = "name, acronym, kind, start_on, end_on, city, country, venue,"
            + " participant_count, country_count, description";

    @Override
    public void saveEvent(NetworkId network, Event e) {
        Argument[] values = {
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
            text(e.id().value()),
            text(network.value())
        };
        if (sql.update(
                        "UPDATE " + sql.t("event") + " SET " + Sql.assignments(EVENT_COLUMNS, ", ")
                                + " WHERE id = ? AND network_id = ?",
                        values)
                == 0) {
            requireNoOtherNetwork("event", "event", e.id(), network);
            sql.update(
                    "INSERT INTO " + sql.t("event") + " (" + EVENT_COLUMNS + ", id, network_id) VALUES ("
                            + Sql.placeholders(values.length) + ")",
                    values);
        }
        sql.update("DELETE FROM " + sql.t("event_organizer") + " WHERE event_id = ?", text(e.id().value()));
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
        sql.batch(
                "INSERT INTO " + sql.t("event_organizer") + " (event_id, organizer_role, pos, organization_id)"
                        + " VALUES (?, ?, ?, ?)",
                rows);
    }

    // ---------------------------------------------------------------- declarations and endorsements

    private List<Declaration> declarations(String where, Argument... args) {
        Map<String, List<Endorsement>> endorsements = new LinkedHashMap<>();
        sql.query(
                "SELECT en.* FROM " + sql.t("endorsement") + " en JOIN " + sql.t("declaration")
                        + " d ON d.id = en.declaration_id WHERE " + where
                        + " ORDER BY en.declaration_id, en.pos, en.organization_id",
                (rs, ctx) -> endorsements
                        .computeIfAbsent(rs.getString("declaration_id"), k -> new ArrayList<>())
                        .add(new Endorsement(
                                OrganizationId.of(rs.getString("organization_id")),
                                day(rs, "endorsed_on"),
                                optionalDay(rs, "withdrawn_on"))),
                args);
        return sql.query(
                "SELECT * FROM " + sql.t("declaration") + " d WHERE " + where + " ORDER BY d.adopted_on, d.id",
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
        return sql.one(
                "SELECT network_id FROM " + sql.t("declaration") + " WHERE id = ?",
                (rs, ctx) -> NetworkId.of(rs.getString(1)),
                text(id.value()));
    }

    @Override
    public Optional<NetworkId> networkOfActivity(ActivityId id) {
        return sql.one(
                "SELECT network_id FROM " + sql.t("activity") + " WHERE id = ?",
                (rs, ctx) -> NetworkId.of(rs.getString(1)),
                text(id.value()));
    }

    /** The key that only one open endorsement of an organization may hold; null once it is withdrawn. */
    private static String openKey(DeclarationId declaration, Endorsement e) {
        return e.withdrawnOn().isEmpty()
                ? declaration.value() + "|" + e.organization().value()
                : null;
    }

    @Override
    public void insertDeclaration(NetworkId network, Declaration d) {
        sql.insert(
                "declaration",
                d.id(),
                "INSERT INTO " + sql.t("declaration") + " (network_id, title, event_id, adopted_on, summary, goals,"
                        + " guidelines, principles, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                text(network.value()),
                Values.textArg(d.title()),
                text(d.adoptedAt().value()),
                date(d.adoptedOn()),
                text(Values.text(d.summary())),
                text(Values.texts(d.goals())),
                text(Values.texts(d.guidelines())),
                text(Values.texts(d.principles())),
                text(d.id().value()));
        List<Argument[]> rows = new ArrayList<>();
        for (int i = 0; i < d.endorsements().size(); i++) {
            Endorsement e = d.endorsements().get(i);
            rows.add(new Argument[] {
                text(d.id().value()),
                integer(i),
                text(e.organization().value()),
                date(e.endorsedOn()),
                date(e.withdrawnOn()),
                text(openKey(d.id(), e))
            });
        }
        sql.batch(
                "INSERT INTO " + sql.t("endorsement") + " (declaration_id, pos, organization_id, endorsed_on,"
                        + " withdrawn_on, open_key) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** Places the endorsement after the others in the insert itself: two added at once may share a place. */
    @Override
    public void insertEndorsement(DeclarationId declaration, Endorsement endorsement) {
        if (!sql.exists("declaration", "id = ?", text(declaration.value()))) {
            throw new NotFoundException("declaration", declaration);
        }
        sql.insert(
                e -> Sql.conflict(
                        new ConcurrentUpdateException("organization '" + endorsement.organization()
                                + "' endorses declaration '" + declaration
                                + "' already: another writer stored it first"),
                        e),
                "INSERT INTO " + sql.t("endorsement") + " (declaration_id, pos, organization_id, endorsed_on,"
                        + " withdrawn_on, open_key) SELECT ?, COALESCE(MAX(pos) + 1, 0), ?, ?, ?, ? FROM "
                        + sql.t("endorsement") + " WHERE declaration_id = ?",
                text(declaration.value()),
                text(endorsement.organization().value()),
                date(endorsement.endorsedOn()),
                date(endorsement.withdrawnOn()),
                text(openKey(declaration, endorsement)),
                text(declaration.value()));
    }

    @Override
    public void endEndorsement(DeclarationId declaration, OrganizationId organization, LocalDate lastDay) {
        int changed = sql.update(
                "UPDATE " + sql.t("endorsement") + " SET withdrawn_on = ?, open_key = NULL WHERE declaration_id = ?"
                        + " AND organization_id = ? AND withdrawn_on IS NULL",
                date(lastDay),
                text(declaration.value()),
                text(organization.value()));
        if (changed == 0) {
            throw new ConcurrentUpdateException("organization '" + organization
                    + "' has no open endorsement of declaration '" + declaration + "': another writer ended it");
        }
    }

    // ---------------------------------------------------------------- the bulk questions of imports

    /** One statement per {@value Sql#IN_LIST} identifiers. */
    @Override
    public Map<ActivityId, NetworkId> networksOfActivities(java.util.Collection<ActivityId> ids) {
        return NetworksOf.of(
                sql, "SELECT id, network_id FROM " + sql.t("activity") + " WHERE id IN ", ids, ActivityId::value);
    }

    /** One statement per {@value Sql#IN_LIST} identifiers. */
    @Override
    public Map<EventId, NetworkId> networksOfEvents(java.util.Collection<EventId> ids) {
        return NetworksOf.of(
                sql, "SELECT id, network_id FROM " + sql.t("event") + " WHERE id IN ", ids, EventId::value);
    }

    /** One statement per {@value Sql#IN_LIST} identifiers. */
    @Override
    public Map<DeclarationId, NetworkId> networksOfDeclarations(java.util.Collection<DeclarationId> ids) {
        return NetworksOf.of(
                sql, "SELECT id, network_id FROM " + sql.t("declaration") + " WHERE id IN ", ids, DeclarationId::value);
    }
}
