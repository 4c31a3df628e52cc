package org.chemnet.network.benchmarks.hibernate;

import java.util.List;
import javax.sql.DataSource;
import org.chemnet.network.benchmarks.PlainRows;
import org.chemnet.network.benchmarks.PlainRows.ActiveRow;
import org.chemnet.network.benchmarks.PlainRows.MembershipRow;
import org.chemnet.network.benchmarks.PlainRows.OrganizationRow;
import org.chemnet.network.benchmarks.PlainRows.StatusRow;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.organization.Organization;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * A bulk import with Hibernate ORM 7 as its documentation recommends for batch inserts: JDBC batching on, the
 * session flushed and cleared every batch, all in one transaction. The entities hold the rows of {@link PlainRows}
 * and are persisted table by table, parents first, so that every batch holds one table's rows (Hibernate's
 * {@code order_inserts} cannot order them without mapped associations).
 */
public final class HibernateImport implements AutoCloseable {
    /** Entities per JDBC batch and per flush, as ours and raw JDBC use. */
    public static final int BATCH = 1_000;

    private final SessionFactory sessions;

    private HibernateImport(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * Builds the session factory over a data source whose schema chemnet migrated.
     *
     * @param dataSource the database
     * @return the importer
     */
    public static HibernateImport over(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH)
                .applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "none")
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .build();
        try {
            return new HibernateImport(new MetadataSources(registry)
                    .addAnnotatedClasses(
                            OrganizationEntity.class, MembershipEntity.class, StatusEntity.class, ActiveEntity.class)
                    .buildMetadata()
                    .buildSessionFactory());
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /**
     * Persists organizations and memberships with their histories and active periods.
     *
     * @param organizations the organizations
     * @param memberships the memberships
     * @return how many rows were written
     */
    public int write(List<Organization> organizations, List<Membership> memberships) {
        return sessions.fromTransaction(session -> {
            int rows = 0;
            for (Organization o : organizations) {
                persist(session, organization(PlainRows.organization(o)), ++rows);
            }
            for (Membership m : memberships) {
                persist(session, membership(PlainRows.membership(m)), ++rows);
            }
            for (Membership m : memberships) {
                for (StatusRow r : PlainRows.statuses(m)) {
                    persist(session, status(r), ++rows);
                }
            }
            for (Membership m : memberships) {
                for (ActiveRow r : PlainRows.periods(m)) {
                    persist(session, active(r), ++rows);
                }
            }
            return rows;
        });
    }

    private static void persist(Session session, Object entity, int rows) {
        session.persist(entity);
        if (rows % BATCH == 0) {
            session.flush();
            session.clear();
        }
    }

    private static OrganizationEntity organization(OrganizationRow r) {
        OrganizationEntity e = new OrganizationEntity(r.id());
        e.name = r.name();
        e.otherNames = r.otherNames();
        e.acronym = r.acronym();
        e.type = r.type();
        e.community = r.community();
        e.country = r.country();
        e.website = r.website();
        e.size = r.size();
        e.supplyChain = r.supplyChain();
        e.sectors = r.sectors();
        e.identifiers = r.identifiers();
        e.contactDetails = r.contactDetails();
        e.formerNames = r.formerNames();
        e.dissolved = r.dissolved();
        e.searchText = r.searchText();
        return e;
    }

    private static MembershipEntity membership(MembershipRow r) {
        MembershipEntity e = new MembershipEntity(r.id());
        e.network = r.network();
        e.organization = r.organization();
        e.role = r.role();
        e.version = r.version();
        e.since = r.since();
        e.openKey = r.openKey();
        e.currentStatus = r.currentStatus();
        return e;
    }

    private static StatusEntity status(StatusRow r) {
        StatusEntity e = new StatusEntity(new RowKey(r.membership(), r.seq()));
        e.status = r.status();
        e.effectiveOn = r.effectiveOn();
        e.reason = r.reason();
        return e;
    }

    private static ActiveEntity active(ActiveRow r) {
        ActiveEntity e = new ActiveEntity(new RowKey(r.membership(), r.seq()));
        e.network = r.network();
        e.organization = r.organization();
        e.role = r.role();
        e.start = r.start();
        e.end = r.end();
        return e;
    }

    @Override
    public void close() {
        sessions.close();
    }
}
