package org.chemnet.network.jdbc.internal;

import static org.chemnet.network.jdbc.internal.Args.bigint;
import static org.chemnet.network.jdbc.internal.Args.text;
import static org.chemnet.network.jdbc.internal.Sql.optionalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.event.EventSeriesId;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.spi.EventSeriesPort;
import org.chemnet.network.spi.Versioned;

/**
 * The event series and edition tables. Adding an edition advances the series row's version; the edition's primary
 * key, its event, keeps an event in one series at most, whoever adds it.
 */
final class JdbcEventSeries implements EventSeriesPort {
    private final Sql sql;

    JdbcEventSeries(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Versioned<EventSeries>> series(EventSeriesId id) {
        return sql.one(
                        "SELECT id, network_id, name, acronym, row_version FROM " + sql.t("event_series")
                                + " WHERE id = ?",
                        (rs, ctx) -> new Versioned<>(withoutEditions(rs), rs.getLong("row_version")),
                        text(id.value()))
                .map(v -> new Versioned<>(withEditions(v.value()), v.version()));
    }

    @Override
    public List<EventSeries> seriesOf(NetworkId network) {
        return sql
                .query(
                        "SELECT id, network_id, name, acronym FROM " + sql.t("event_series")
                                + " WHERE network_id = ? ORDER BY id",
                        (rs, ctx) -> withoutEditions(rs),
                        text(network.value()))
                .stream()
                .map(this::withEditions)
                .toList();
    }

    @Override
    public Optional<EventSeriesId> seriesOfEvent(EventId event) {
        return sql.one(
                "SELECT series_id FROM " + sql.t("event_series_edition") + " WHERE event_id = ?",
                (rs, ctx) -> EventSeriesId.of(rs.getString(1)),
                text(event.value()));
    }

    @Override
    public void insert(EventSeries series) {
        sql.insert(
                "event series",
                series.id(),
                "INSERT INTO " + sql.t("event_series")
                        + " (id, network_id, name, acronym, row_version) VALUES (?, ?, ?, ?, 1)",
                text(series.id().value()),
                text(series.network().value()),
                Values.textArg(series.name()),
                text(series.acronym()));
        for (EventId edition : series.editions()) {
            insertEdition(series.id(), edition);
        }
    }

    @Override
    public long addEdition(EventSeriesId series, EventId edition, long expectedVersion) {
        int changed = sql.update(
                "UPDATE " + sql.t("event_series")
                        + " SET row_version = row_version + 1 WHERE id = ? AND row_version = ?",
                text(series.value()),
                bigint(expectedVersion));
        if (changed == 0) {
            throw new ConcurrentUpdateException("event series", series, expectedVersion);
        }
        insertEdition(series, edition);
        return expectedVersion + 1;
    }

    private void insertEdition(EventSeriesId series, EventId edition) {
        sql.insert(
                "edition (event " + edition + " of a series)",
                series,
                "INSERT INTO " + sql.t("event_series_edition") + " (event_id, series_id) VALUES (?, ?)",
                text(edition.value()),
                text(series.value()));
    }

    private EventSeries withEditions(EventSeries series) {
        List<EventId> editions = sql.query(
                "SELECT event_id FROM " + sql.t("event_series_edition") + " WHERE series_id = ? ORDER BY event_id",
                (rs, ctx) -> EventId.of(rs.getString(1)),
                text(series.id().value()));
        return new EventSeries(series.id(), series.network(), series.name(), series.acronym(), editions);
    }

    private static EventSeries withoutEditions(ResultSet rs) throws SQLException {
        return new EventSeries(
                EventSeriesId.of(rs.getString("id")),
                NetworkId.of(rs.getString("network_id")),
                Values.text(rs.getString("name")),
                optionalText(rs, "acronym"),
                List.of());
    }
}
