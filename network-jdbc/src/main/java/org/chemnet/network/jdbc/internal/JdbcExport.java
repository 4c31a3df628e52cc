package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.text;

import java.util.List;
import java.util.Optional;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.event.Event;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.spi.GraphSections;
import org.chemnet.network.spi.StoreTransaction;
import org.jdbi.v3.core.argument.Argument;

/**
 * Exports a network section by section: the large sections (organizations, persons, memberships with their
 * histories, subscriptions, affiliations) each by one query whose rows are handed over as they are fetched; the small
 * ones (board, secretariat, partners, activities, events, declarations, series, registration rules, board rules,
 * motions) through the ports, as {@link GraphSections} reads them for every store; registrations one query per event
 * or seminar with rules, votes one per motion. Memory holds a fetch of a large section, and all of a network's
 * registrations and votes, which {@link GraphSections} gathers before handing them over. Not part of the API.
 */
final class JdbcExport {
    /** How many times {@link #organizationsReferred()} names the network. */
    private static final int ORGANIZATION_PARAMETERS = 9;
    /** How many times {@link #personsReferred()} names the network before its organizations referred. */
    private static final int PERSON_PARAMETERS = 5;

    private final Sql sql;
    private final StoreTransaction tx;

    JdbcExport(Sql sql, StoreTransaction tx) {
        this.sql = sql;
        this.tx = tx;
    }

    /**
     * Exports a network.
     *
     * @param id the network
     * @param into where the records go
     * @return false if the network is not stored
     */
    boolean export(NetworkId id, NetworkExport into) {
        Optional<Network> network = tx.networks().network(id);
        if (network.isEmpty()) {
            return false;
        }
        into.network(network.get());
        sql.each(
                "SELECT o.* FROM (" + organizationsReferred() + ") r JOIN " + sql.t("organization")
                        + " o ON o.id = r.id ORDER BY o.id",
                (rs, ctx) -> JdbcOrganizations.organization(rs, ""),
                into::organization,
                repeated(id, ORGANIZATION_PARAMETERS));
        sql.each(
                "SELECT p.* FROM (" + personsReferred() + ") r JOIN " + sql.t("person") + " p ON p.id = r.id"
                        + " ORDER BY p.id",
                (rs, ctx) -> JdbcOrganizations.person(rs),
                into::person,
                repeated(id, PERSON_PARAMETERS + ORGANIZATION_PARAMETERS));
        tx.memberships().memberships(id, into::membership);
        into.board(tx.governance().board(id));
        tx.governance().secretariat(id).ifPresent(s -> into.secretariat(s.value()));
        tx.content().partners(id).forEach(into::partner);
        List<Activity> activities = tx.content().activities(id);
        activities.forEach(into::activity);
        List<Event> events = tx.content().events(id);
        events.forEach(into::event);
        tx.content().declarations(id).forEach(into::declaration);
        sql.each(
                "SELECT s.* FROM " + sql.t("subscription") + " s JOIN " + sql.t("activity")
                        + " a ON a.id = s.newsletter_id WHERE a.network_id = ? AND a.kind = 'NEWSLETTER' ORDER BY s.id",
                (rs, ctx) -> JdbcSubscriptions.subscription(rs),
                into::subscription,
                text(id.value()));
        sql.each(
                "SELECT af.* FROM (" + organizationsReferred() + ") r JOIN " + sql.t("affiliation")
                        + " af ON af.organization_id = r.id ORDER BY af.id",
                (rs, ctx) -> JdbcAffiliations.affiliation(rs),
                into::affiliation,
                repeated(id, ORGANIZATION_PARAMETERS));
        GraphSections.series(tx, id).forEach(into::eventSeries);
        List<RegistrationRules> rules =
                GraphSections.registrationRules(tx, GraphSections.occasions(activities, events));
        rules.forEach(into::registrationRules);
        GraphSections.registrations(tx, rules).forEach(into::registration);
        GraphSections.boardRules(tx, id).ifPresent(into::boardRules);
        List<Motion> motions = GraphSections.motions(tx, id);
        motions.forEach(into::motion);
        GraphSections.votes(tx, motions).forEach(into::vote);
        into.end();
        return true;
    }

    /**
     * Every organization a network refers to, as a graph of it holds them, once each (a derived table, joined:
     * H2 evaluates an {@code IN} of a union once per row).
     */
    private String organizationsReferred() {
        return String.join(
                " UNION ",
                "SELECT organization_id AS id FROM " + sql.t("membership") + " WHERE network_id = ?",
                "SELECT organization_id FROM " + sql.t("board_seat") + " WHERE network_id = ?",
                "SELECT host_id FROM " + sql.t("secretariat") + " WHERE network_id = ?",
                "SELECT organization_id FROM " + sql.t("partner") + " WHERE network_id = ?",
                "SELECT am.organization_id FROM " + sql.t("activity_member") + " am JOIN " + sql.t("activity")
                        + " a ON a.id = am.activity_id WHERE a.network_id = ?",
                "SELECT eo.organization_id FROM " + sql.t("event_organizer") + " eo JOIN " + sql.t("event")
                        + " e ON e.id = eo.event_id WHERE e.network_id = ?",
                "SELECT en.organization_id FROM " + sql.t("endorsement") + " en JOIN " + sql.t("declaration")
                        + " d ON d.id = en.declaration_id WHERE d.network_id = ?",
                "SELECT s.organization_id FROM " + sql.t("subscription") + " s JOIN " + sql.t("activity")
                        + " a ON a.id = s.newsletter_id WHERE a.network_id = ? AND a.kind = 'NEWSLETTER'"
                        + " AND s.organization_id IS NOT NULL",
                "SELECT organization_id FROM " + sql.t("registration")
                        + " WHERE network_id = ? AND organization_id IS NOT NULL");
    }

    /** Every person a network refers to. */
    private String personsReferred() {
        return String.join(
                " UNION ",
                "SELECT contact_id AS id FROM " + sql.t("membership")
                        + " WHERE network_id = ? AND contact_id IS NOT NULL",
                "SELECT representative_id FROM " + sql.t("board_seat")
                        + " WHERE network_id = ? AND representative_id IS NOT NULL",
                "SELECT s.person_id FROM " + sql.t("subscription") + " s JOIN " + sql.t("activity")
                        + " a ON a.id = s.newsletter_id WHERE a.network_id = ? AND a.kind = 'NEWSLETTER'"
                        + " AND s.person_id IS NOT NULL",
                "SELECT person_id FROM " + sql.t("registration") + " WHERE network_id = ? AND person_id IS NOT NULL",
                "SELECT v.voter_id FROM " + sql.t("vote") + " v JOIN " + sql.t("motion")
                        + " m ON m.id = v.motion_id WHERE m.network_id = ?",
                "SELECT af.person_id FROM (" + organizationsReferred() + ") o JOIN " + sql.t("affiliation")
                        + " af ON af.organization_id = o.id");
    }

    private static Argument[] repeated(NetworkId id, int times) {
        Argument[] args = new Argument[times];
        java.util.Arrays.fill(args, text(id.value()));
        return args;
    }
}
