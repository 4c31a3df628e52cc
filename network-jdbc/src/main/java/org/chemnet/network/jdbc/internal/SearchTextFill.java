package org.chemnet.network.jdbc.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.SearchText;

/**
 * Fills the search text of organization rows that have none (written before migration V5), {@value #BATCH} rows a
 * transaction, each only if it still has none when written: a writer that stored the row meanwhile stored its text
 * too, which is kept. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class SearchTextFill {
    /** Rows read and written per transaction. */
    static final int BATCH = 1_000;

    private SearchTextFill() {}

    /** A row without its search text: what the text is made of. */
    private record Row(String id, String name, String otherNames, Optional<String> acronym) {}

    /**
     * Fills every missing search text.
     *
     * @param dataSource the database
     * @param tables the table names
     * @return how many rows were filled
     * @throws NetworkStorageException if the database fails; the batches before are kept
     */
    public static long fill(DataSource dataSource, Tables tables) {
        String table = tables.of("organization");
        long filled = 0;
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                List<Row> rows;
                do {
                    rows = missing(c, table);
                    filled += write(c, table, rows);
                    c.commit();
                } while (rows.size() == BATCH);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new NetworkStorageException(
                    "filling the search text of organizations failed: " + e.getMessage(), e.getSQLState(), e);
        }
        return filled;
    }

    private static List<Row> missing(Connection c, String table) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, other_names, acronym FROM " + table
                        + " WHERE search_text IS NULL ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(
                        rs.getString(1), rs.getString(2), rs.getString(3), Optional.ofNullable(rs.getString(4))));
            }
        }
        return rows;
    }

    private static int write(Connection c, String table, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (PreparedStatement s =
                c.prepareStatement("UPDATE " + table + " SET search_text = ? WHERE id = ? AND search_text IS NULL")) {
            for (Row row : rows) {
                var builder = Organization.builder(
                                OrganizationId.of(row.id()), Values.text(row.name()), OrganizationType.OTHER)
                        .otherNames(Values.strings(row.otherNames()).toArray(new String[0]));
                row.acronym().ifPresent(builder::acronym);
                s.setString(1, SearchText.of(builder.build()));
                s.setString(2, row.id());
                s.addBatch();
            }
            int written = 0;
            for (int count : s.executeBatch()) {
                written += Math.max(count, 0);
            }
            return written;
        }
    }
}
