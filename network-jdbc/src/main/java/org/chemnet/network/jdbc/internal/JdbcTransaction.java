package org.chemnet.network.jdbc.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.spi.ChangePort;
import org.chemnet.network.spi.ContentPort;
import org.chemnet.network.spi.GovernancePort;
import org.chemnet.network.spi.MembershipPort;
import org.chemnet.network.spi.NetworkPort;
import org.chemnet.network.spi.OrganizationPort;
import org.chemnet.network.spi.OutboxPort;
import org.chemnet.network.spi.RegistrationPort;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.SubscriptionPort;
import org.jdbi.v3.core.Handle;

/**
 * One transaction of the JDBC store: the ports by concern, each made the first time it is asked for, all on the same
 * JDBI handle and so in the same database transaction. Used by one thread at a time. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class JdbcTransaction implements StoreTransaction {
    private final Handle handle;
    private final Sql sql;
    private final ImportJournal journal;
    private final List<NetworkId> imports = new ArrayList<>();
    private Optional<ImportJournal.Session> session = Optional.empty();
    private NetworkPort networks;
    private OrganizationPort organizations;
    private MembershipPort memberships;
    private GovernancePort governance;
    private ContentPort content;
    private SubscriptionPort subscriptions;
    private JdbcOutbox outbox;
    private ChangePort changes;
    private RegistrationPort registrations;
    private org.chemnet.network.spi.AffiliationPort affiliations;
    private org.chemnet.network.spi.EventSeriesPort eventSeries;
    private org.chemnet.network.spi.DecisionPort decisions;
    private org.chemnet.network.spi.AddressPort addresses;
    private org.chemnet.network.spi.SignUpPort signUps;
    private org.chemnet.network.spi.ConsentPort consents;

    /**
     * Creates a transaction view over a handle that is in a transaction.
     *
     * @param handle the handle
     * @param tables the table names
     * @param dialect the database's dialect
     * @param journal the store's journal of imports under way
     */
    public JdbcTransaction(Handle handle, Tables tables, Dialect dialect, ImportJournal journal) {
        this.handle = handle;
        this.sql = new Sql(handle, tables, dialect);
        this.journal = journal;
    }

    /**
     * Records in the journal, before a new network is stored, that this transaction imports it.
     *
     * @param network the network
     */
    void importing(NetworkId network) {
        if (session.isEmpty()) {
            session = journal.session(handle);
        }
        session.ifPresent(s -> {
            journal.begin(s, network);
            imports.add(network);
        });
    }

    /**
     * The network this transaction imports, if it stores a new one: the organizations and persons it adds are marked
     * as that import's.
     *
     * @return the network; empty if the transaction stores no new network
     */
    Optional<NetworkId> importedNetwork() {
        return imports.isEmpty() ? Optional.empty() : Optional.of(imports.get(imports.size() - 1));
    }

    /** The last change before the commit: the journal's rows of this transaction's imports go with it. */
    public void beforeCommit() {
        if (!imports.isEmpty()) {
            journal.end(handle, imports);
        }
    }

    /**
     * The tables whose statistics this transaction made stale, to be analyzed once it has committed.
     *
     * @return the tables' names, qualified; empty for most transactions
     */
    public List<String> staleStatistics() {
        return outbox != null && outbox.statisticsStale() ? List.of(sql.t("delivery")) : List.of();
    }

    /** After a rollback: the journal's rows of this transaction's imports go too. */
    public void afterRollback() {
        if (!imports.isEmpty()) {
            session.ifPresent(s -> journal.abandon(s, imports));
        }
    }

    @Override
    public NetworkPort networks() {
        if (networks == null) {
            networks = new JdbcNetworks(sql, this::importing);
        }
        return networks;
    }

    @Override
    public OrganizationPort organizations() {
        if (organizations == null) {
            organizations = new JdbcOrganizations(sql, this::importedNetwork);
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

    @Override
    public boolean export(NetworkId id, NetworkExport into) {
        return new JdbcExport(sql, this).export(id, into);
    }

    @Override
    public RegistrationPort registrations() {
        if (registrations == null) {
            registrations = new JdbcRegistrations(sql);
        }
        return registrations;
    }

    @Override
    public org.chemnet.network.spi.AffiliationPort affiliations() {
        if (affiliations == null) {
            affiliations = new JdbcAffiliations(sql, this::importedNetwork);
        }
        return affiliations;
    }

    @Override
    public org.chemnet.network.spi.EventSeriesPort eventSeries() {
        if (eventSeries == null) {
            eventSeries = new JdbcEventSeries(sql);
        }
        return eventSeries;
    }

    @Override
    public org.chemnet.network.spi.DecisionPort decisions() {
        if (decisions == null) {
            decisions = new JdbcDecisions(sql);
        }
        return decisions;
    }

    @Override
    public org.chemnet.network.spi.AddressPort addresses() {
        if (addresses == null) {
            addresses = new JdbcAddresses(sql);
        }
        return addresses;
    }

    @Override
    public org.chemnet.network.spi.SignUpPort signUps() {
        if (signUps == null) {
            signUps = new JdbcSignUps(sql);
        }
        return signUps;
    }

    @Override
    public org.chemnet.network.spi.ConsentPort consents() {
        if (consents == null) {
            consents = new JdbcConsents(sql);
        }
        return consents;
    }

    @Override
    public ChangePort changes() {
        if (changes == null) {
            changes = new JdbcChanges(sql);
        }
        return changes;
    }
}
