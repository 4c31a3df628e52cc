package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.date;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationChange;
import org.chemnet.network.organization.OrganizationChangeKind;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.organization.StakeholderCommunity;
import org.chemnet.network.organization.SupplyChainPosition;
import org.chemnet.network.spi.OrganizationPort;
import org.chemnet.network.spi.SearchText;
import org.chemnet.network.spi.Versioned;
import org.jdbi.v3.core.argument.Argument;

/**
 * The organization and person tables, versioned. The bulk paths upsert in batches without reading first: a query of
 * which identifiers exist, per batch, took PostgreSQL 2 to 3 s each inside a large import (issue 14). Each
 * organization row keeps the text it is searched by ({@code search_text}, {@link SearchText#of}), written with it.
 */
final class JdbcOrganizations implements OrganizationPort {
    private static final String ORGANIZATION_COLUMNS = "name, other_names, acronym, org_type, community, country,"
            + " website, enterprise_size, supply_chain, sectors, identifiers, contact_details, former_names,"
            + " dissolved_on, search_text";
    private static final String PERSON_COLUMNS = "name, job_position, email, lang";

    private final Sql sql;
    private final Supplier<Optional<NetworkId>> importing;

    /**
     * Creates the port.
     *
     * @param sql the transaction's statements
     * @param importing the network the transaction imports, if any: organizations and persons it adds are marked as
     *     that import's ({@code imported_by}), so that an import that died can take them back
     */
    JdbcOrganizations(Sql sql, Supplier<Optional<NetworkId>> importing) {
        this.sql = sql;
        this.importing = importing;
    }

    /** The values of a row, then the network whose import adds it, if any. */
    private Argument[] withImport(Argument[] values) {
        Argument[] row = Arrays.copyOf(values, values.length + 1);
        row[values.length] = text(importing.get().map(NetworkId::value));
        return row;
    }

    // ---------------------------------------------------------------- organizations

    /** The columns' values, then the identifier. */
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
            text(Values.formerNames(o.formerNames())),
            date(o.dissolved()),
            text(SearchText.of(o)),
            text(o.id().value())
        };
    }

    /**
     * An organization from a row, its columns named with a prefix (as the participants query names them).
     *
     * @param rs the row
     * @param prefix the prefix of the column names, possibly empty
     * @return the organization
     */
    static Organization organization(ResultSet rs, String prefix) throws SQLException {
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
                Values.contactDetails(rs.getString(prefix + "contact_details")),
                Values.formerNames(rs.getString(prefix + "former_names")),
                Sql.optionalDay(rs, prefix + "dissolved_on"));
    }

    @Override
    public Optional<Versioned<Organization>> find(OrganizationId id) {
        return sql.one(
                "SELECT * FROM " + sql.t("organization") + " WHERE id = ?",
                (rs, ctx) -> new Versioned<>(organization(rs, ""), rs.getLong("row_version")),
                text(id.value()));
    }

    @Override
    public void insert(Organization organization) {
        sql.insert(
                "organization",
                organization.id(),
                "INSERT INTO " + sql.t("organization") + " (" + ORGANIZATION_COLUMNS + ", id, imported_by) VALUES ("
                        + Sql.placeholders(17) + ")",
                withImport(organizationValues(organization)));
    }

    @Override
    public long update(Organization organization, long expectedVersion) {
        return sql.updateVersioned(
                "organization",
                organization.id(),
                "organization",
                ORGANIZATION_COLUMNS,
                "id",
                organizationValues(organization),
                1,
                expectedVersion);
    }

    @Override
    public Map<OrganizationId, Versioned<Organization>> findOrganizations(Collection<OrganizationId> ids) {
        Map<OrganizationId, Versioned<Organization>> found = new HashMap<>();
        sql.in(
                        "SELECT * FROM " + sql.t("organization") + " WHERE id IN ",
                        ids.stream().map(OrganizationId::value).toList(),
                        (rs, ctx) -> new Versioned<>(organization(rs, ""), rs.getLong("row_version")))
                .forEach(v -> found.put(v.value().id(), v));
        return found;
    }

    /** Organizations in batches of inserts, at version 1. */
    @Override
    public void insertOrganizations(List<Organization> organizations) {
        sql.insertAll(
                "organization",
                "INSERT INTO " + sql.t("organization") + " (" + ORGANIZATION_COLUMNS + ", id, imported_by) VALUES ("
                        + Sql.placeholders(17) + ")",
                organizations.stream()
                        .map(o -> withImport(organizationValues(o)))
                        .toList());
    }

    @Override
    public List<Organization> organizationsAfter(Optional<OrganizationId> after, int limit) {
        return organizations(Keyset.of("TRUE", List.of(), "id", after.map(OrganizationId::value), limit));
    }

    /**
     * A scan of the organizations in order of identifier, each row's search text matched against the query: a
     * common text fills a page after a few rows, a rare one reads the table through. {@code LIKE} with the
     * wildcards of the query escaped, on the text Java normalized when it wrote the row.
     */
    @Override
    public List<Organization> search(String query, Optional<OrganizationId> after, int limit) {
        String pattern = "%" + likeEscaped(SearchText.normalize(query)) + "%";
        return organizations(Keyset.of(
                "search_text LIKE ? ESCAPE '!'",
                List.of(text(pattern)),
                "id",
                after.map(OrganizationId::value),
                limit));
    }

    private List<Organization> organizations(Keyset page) {
        return sql.query(
                "SELECT * FROM " + sql.t("organization") + " WHERE " + page.clause(),
                (rs, ctx) -> organization(rs, ""),
                page.arguments());
    }

    /** A text with the wildcards of {@code LIKE} and the escape character {@code !} escaped by {@code !}. */
    static String likeEscaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '!') {
                escaped.append('!');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    // ---------------------------------------------------------------- persons

    /** The columns' values, then the identifier. */
    private static Argument[] personValues(Person p) {
        return new Argument[] {
            text(p.name()), text(p.position()), text(p.email()), text(p.language()), text(p.id().value())
        };
    }

    @Override
    public Optional<Versioned<Person>> find(PersonId id) {
        return sql.one(
                "SELECT * FROM " + sql.t("person") + " WHERE id = ?",
                (rs, ctx) -> new Versioned<>(person(rs), rs.getLong("row_version")),
                text(id.value()));
    }

    static Person person(ResultSet rs) throws SQLException {
        return new Person(
                PersonId.of(rs.getString("id")),
                rs.getString("name"),
                optionalText(rs, "job_position"),
                optionalText(rs, "email"),
                optionalText(rs, "lang"));
    }

    @Override
    public void insert(Person person) {
        sql.insert(
                "person",
                person.id(),
                "INSERT INTO " + sql.t("person") + " (" + PERSON_COLUMNS
                        + ", id, imported_by) VALUES (?, ?, ?, ?, ?, ?)",
                withImport(personValues(person)));
    }

    @Override
    public long update(Person person, long expectedVersion) {
        return sql.updateVersioned(
                "person", person.id(), "person", PERSON_COLUMNS, "id", personValues(person), 1, expectedVersion);
    }

    @Override
    public Map<PersonId, Versioned<Person>> findPersons(Collection<PersonId> ids) {
        Map<PersonId, Versioned<Person>> found = new HashMap<>();
        sql.in(
                        "SELECT * FROM " + sql.t("person") + " WHERE id IN ",
                        ids.stream().map(PersonId::value).toList(),
                        (rs, ctx) -> new Versioned<>(person(rs), rs.getLong("row_version")))
                .forEach(v -> found.put(v.value().id(), v));
        return found;
    }

    @Override
    public List<Person> personsAfter(Optional<PersonId> after, int limit) {
        Keyset page = Keyset.of("TRUE", List.of(), "id", after.map(PersonId::value), limit);
        return sql.query(
                "SELECT * FROM " + sql.t("person") + " WHERE " + page.clause(),
                (rs, ctx) -> person(rs),
                page.arguments());
    }

    /** Persons in batches of inserts, at version 1. */
    @Override
    public void insertPersons(List<Person> persons) {
        sql.insertAll(
                "person",
                "INSERT INTO " + sql.t("person") + " (" + PERSON_COLUMNS
                        + ", id, imported_by) VALUES (?, ?, ?, ?, ?, ?)",
                persons.stream().map(p -> withImport(personValues(p))).toList());
    }

    // ---------------------------------------------------------------- changes over time

    @Override
    public void recordChange(OrganizationChange change) {
        List<Argument[]> rows = new ArrayList<>();
        for (int i = 0; i < change.originals().size(); i++) {
            rows.add(changeRow(change, "ORIGINAL", i, change.originals().get(i)));
        }
        for (int i = 0; i < change.results().size(); i++) {
            rows.add(changeRow(change, "RESULT", i, change.results().get(i)));
        }
        sql.insertAll(
                "organization change",
                "INSERT INTO " + sql.t("organization_change")
                        + " (change_id, part, pos, organization_id, kind, on_day, description) VALUES ("
                        + Sql.placeholders(7) + ")",
                rows);
    }

    private static Argument[] changeRow(OrganizationChange change, String part, int pos, OrganizationId organization) {
        return new Argument[] {
            text(change.id()),
            text(part),
            Args.integer(pos),
            text(organization.value()),
            text(change.kind().name()),
            date(change.on()),
            text(change.description())
        };
    }

    @Override
    public List<OrganizationChange> changesOf(OrganizationId organization) {
        List<ChangeRow> rows = sql.query(
                "SELECT c.* FROM " + sql.t("organization_change") + " c WHERE c.change_id IN (SELECT change_id FROM "
                        + sql.t("organization_change") + " WHERE organization_id = ?)"
                        + " ORDER BY c.on_day, c.change_id, c.part, c.pos",
                (rs, ctx) -> new ChangeRow(
                        rs.getString("change_id"),
                        rs.getString("part"),
                        OrganizationId.of(rs.getString("organization_id")),
                        OrganizationChangeKind.valueOf(rs.getString("kind")),
                        Sql.day(rs, "on_day"),
                        optionalText(rs, "description")),
                text(organization.value()));
        List<OrganizationChange> changes = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            ChangeRow first = rows.get(i);
            List<OrganizationId> originals = new ArrayList<>();
            List<OrganizationId> results = new ArrayList<>();
            for (; i < rows.size() && rows.get(i).id().equals(first.id()); i++) {
                (rows.get(i).part().equals("ORIGINAL") ? originals : results)
                        .add(rows.get(i).organization());
            }
            changes.add(new OrganizationChange(
                    first.id(), first.kind(), first.on(), originals, results, first.description()));
        }
        return changes;
    }

    /** One organization's part in a change, as a row holds it. */
    private record ChangeRow(
            String id,
            String part,
            OrganizationId organization,
            OrganizationChangeKind kind,
            LocalDate on,
            Optional<String> description) {}
}
