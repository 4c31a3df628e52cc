package org.chemnet.network.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import org.chemnet.network.benchmarks.PlainRows.ActiveRow;
import org.chemnet.network.benchmarks.PlainRows.MembershipRow;
import org.chemnet.network.benchmarks.PlainRows.OrganizationRow;
import org.chemnet.network.benchmarks.PlainRows.StatusRow;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.organization.Organization;

/**
 * The limit of a bulk import: the rows of {@link PlainRows} written with plain JDBC batches of {@value #BATCH}
 * rows in one transaction, checking nothing that the database does not check itself.
 */
final class RawJdbcImport {
    /** Rows per JDBC batch, as ours and Hibernate use. */
    static final int BATCH = 1_000;

    private RawJdbcImport() {}

    /**
     * Inserts organizations and memberships with their histories and active periods.
     *
     * @return how many rows were written
     */
    static int write(DataSource dataSource, List<Organization> organizations, List<Membership> memberships)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int rows = organizations(c, organizations) + memberships(c, memberships);
                c.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static int organizations(Connection c, List<Organization> organizations) throws SQLException {
        try (Batch b = new Batch(c.prepareStatement("INSERT INTO chemnet_organization (id, name, other_names,"
                + " acronym, org_type, community, country, website, enterprise_size, supply_chain, sectors,"
                + " identifiers, contact_details, former_names, dissolved_on, search_text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            PreparedStatement s = b.statement;
            for (Organization o : organizations) {
                OrganizationRow r = PlainRows.organization(o);
                s.setString(1, r.id());
                s.setString(2, r.name());
                s.setString(3, r.otherNames());
                s.setString(4, r.acronym());
                s.setString(5, r.type());
                s.setString(6, r.community());
                s.setString(7, r.country());
                s.setString(8, r.website());
                s.setString(9, r.size());
                s.setString(10, r.supplyChain());
                s.setString(11, r.sectors());
                s.setString(12, r.identifiers());
                s.setString(13, r.contactDetails());
                s.setString(14, r.formerNames());
                s.setObject(15, r.dissolved(), Types.DATE);
                s.setString(16, r.searchText());
                b.add();
            }
            return b.finish();
        }
    }

    private static int memberships(Connection c, List<Membership> memberships) throws SQLException {
        int rows;
        try (Batch b = new Batch(c.prepareStatement("INSERT INTO chemnet_membership (id, network_id,"
                + " organization_id, member_role, contact_id, row_version, since, open_key, current_status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            PreparedStatement s = b.statement;
            for (Membership m : memberships) {
                MembershipRow r = PlainRows.membership(m);
                s.setString(1, r.id());
                s.setString(2, r.network());
                s.setString(3, r.organization());
                s.setString(4, r.role());
                s.setString(5, null);
                s.setLong(6, r.version());
                s.setObject(7, r.since());
                s.setString(8, r.openKey());
                s.setString(9, r.currentStatus());
                b.add();
            }
            rows = b.finish();
        }
        try (Batch b = new Batch(c.prepareStatement("INSERT INTO chemnet_membership_status (membership_id, seq,"
                + " status, effective_on, reason) VALUES (?, ?, ?, ?, ?)"))) {
            PreparedStatement s = b.statement;
            for (Membership m : memberships) {
                for (StatusRow r : PlainRows.statuses(m)) {
                    s.setString(1, r.membership());
                    s.setInt(2, r.seq());
                    s.setString(3, r.status());
                    s.setObject(4, r.effectiveOn());
                    s.setString(5, r.reason());
                    b.add();
                }
            }
            rows += b.finish();
        }
        try (Batch b = new Batch(c.prepareStatement("INSERT INTO chemnet_membership_active (membership_id, seq,"
                + " network_id, organization_id, member_role, start_on, end_on) VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
            PreparedStatement s = b.statement;
            for (Membership m : memberships) {
                for (ActiveRow r : PlainRows.periods(m)) {
                    s.setString(1, r.membership());
                    s.setInt(2, r.seq());
                    s.setString(3, r.network());
                    s.setString(4, r.organization());
                    s.setString(5, r.role());
                    s.setObject(6, r.start());
                    if (r.end() == null) {
                        s.setNull(7, Types.DATE);
                    } else {
                        s.setObject(7, r.end());
                    }
                    b.add();
                }
            }
            rows += b.finish();
        }
        return rows;
    }

    /** A prepared statement whose rows are sent every {@value #BATCH} rows. */
    private static final class Batch implements AutoCloseable {
        final PreparedStatement statement;
        private int pending;
        private int rows;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            rows++;
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }

        /** Sends what is pending; returns how many rows were added. */
        int finish() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
            return rows;
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
