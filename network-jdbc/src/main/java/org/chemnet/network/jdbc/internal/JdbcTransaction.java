package org.chemnet.network.jdbc.internal;

import org.chemnet.network.spi.ContentPort;
import org.chemnet.network.spi.GovernancePort;
import org.chemnet.network.spi.MembershipPort;
import org.chemnet.network.spi.NetworkPort;
import org.chemnet.network.spi.OrganizationPort;
import org.chemnet.network.spi.OutboxPort;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.SubscriptionPort;
import org.jdbi.v3.core.Handle;

/**
 * One transaction of the JDBC store: the ports by concern, each made the first time it is asked for, all on the same
 * JDBI handle and so in the same database transaction. Used by one thread at a time. Not part of the API.
 */
public final class JdbcTransaction implements StoreTransaction {
    private final Sql sql;
    private NetworkPort networks;
    private OrganizationPort organizations;
    private MembershipPort memberships;
    private GovernancePort governance;
    private ContentPort content;
    private SubscriptionPort subscriptions;
    private OutboxPort outbox;

    /**
     * Creates a transaction view over a handle that is in a transaction.
     *
     * @param handle the handle
     * @param tables the table names
     * @param dialect the database's dialect
     */
    public JdbcTransaction(Handle handle, Tables tables, Dialect dialect) {
        this.sql = new Sql(handle, tables, dialect);
    }

    @Override
    public NetworkPort networks() {
        if (networks == null) {
            networks = new JdbcNetworks(sql);
        }
        return networks;
    }

    @Override
    public OrganizationPort organizations() {
        if (organizations == null) {
            organizations = new JdbcOrganizations(sql);
        }
        return organizations;
    }

    @Override
    public MembershipPort memberships() {
        if (memberships == null) {
            memberships = new JdbcMemberships(sql);
        }
        return memberships;
    }

    @Override
    public GovernancePort governance() {
        if (governance == null) {
            governance = new JdbcGovernance(sql);
        }
        return governance;
    }

    @Override
    public ContentPort content() {
        if (content == null) {
            content = new JdbcContent(sql);
        }
        return content;
    }

    @Override
    public SubscriptionPort subscriptions() {
        if (subscriptions == null) {
            subscriptions = new JdbcSubscriptions(sql);
        }
        return subscriptions;
    }

    @Override
    public OutboxPort outbox() {
        if (outbox == null) {
            outbox = new JdbcOutbox(sql);
        }
        return outbox;
    }
}
