package org.chemnet.network.memory;

import org.chemnet.network.ActivitiesContract;
import org.chemnet.network.AgreementsContract;
import org.chemnet.network.ChangeLogContract;
import org.chemnet.network.DirectoryContract;
import org.chemnet.network.ForeignIdsContract;
import org.chemnet.network.NetworkImportContract;
import org.chemnet.network.OrganizationsOverTimeContract;
import org.chemnet.network.PartnershipsContract;
import org.chemnet.network.RegistrationsContract;
import org.chemnet.network.RosterContract;
import org.chemnet.network.SecretariatHandoverContract;
import org.chemnet.network.UseCaseConcurrencyContract;
import org.chemnet.network.spi.ContentPortContract;
import org.chemnet.network.spi.GovernancePortContract;
import org.chemnet.network.spi.MembershipPortContract;
import org.chemnet.network.spi.NetworkPortContract;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.NetworkStoreContract;
import org.chemnet.network.spi.OrganizationPortContract;
import org.chemnet.network.spi.OutboxPortContract;
import org.chemnet.network.spi.SubscriptionPortContract;
import org.junit.jupiter.api.Nested;

/**
 * Every store contract, on the in-memory store. One instance is one database, so the second node of the races is the
 * store itself (the default of {@code secondNode()}).
 */
class InMemoryNetworkStoreTest {
    private static NetworkStore fresh() {
        return new InMemoryNetworkStore();
    }

    /** Two runtimes over one in-memory store: one store is one database. */
    @Nested
    class EventSeries extends org.chemnet.network.EventSeriesContract {
        @Override
        protected NetworkStore createStore() {
            return new InMemoryNetworkStore();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class Decisions extends org.chemnet.network.DecisionsContract {
        @Override
        protected NetworkStore createStore() {
            return new InMemoryNetworkStore();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class Affiliations extends org.chemnet.network.AffiliationsContract {
        @Override
        protected NetworkStore createStore() {
            return new InMemoryNetworkStore();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class Registrations extends RegistrationsContract {
        @Override
        protected NetworkStore createStore() {
            return new InMemoryNetworkStore();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    /** Two runtimes over one in-memory store: one store is one database. */
    @Nested
    class Agreements extends AgreementsContract {
        @Override
        protected NetworkStore createStore() {
            return new InMemoryNetworkStore();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class ChangeLog extends ChangeLogContract {
        @Override
        protected NetworkStore createStore() {
            return new InMemoryNetworkStore();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class Rosters extends RosterContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class OrganizationsOverTime extends OrganizationsOverTimeContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class Consents extends org.chemnet.network.ConsentLedgerContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class ConsentPort extends org.chemnet.network.spi.ConsentPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }
    }

    @Nested
    class SignUps extends org.chemnet.network.SignUpsContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class Deliverability extends org.chemnet.network.DeliverabilityContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class SignUpPort extends org.chemnet.network.spi.SignUpPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }
    }

    @Nested
    class Addresses extends org.chemnet.network.spi.AddressPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }
    }

    @Nested
    class UseCases extends UseCaseConcurrencyContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class Imports extends NetworkImportContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class ForeignIds extends ForeignIdsContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class Directory extends DirectoryContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class ActivityUseCases extends ActivitiesContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class PartnershipUseCases extends PartnershipsContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class SecretariatHandover extends SecretariatHandoverContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }

        @Override
        protected NetworkStore secondNode(NetworkStore store) {
            return store;
        }
    }

    @Nested
    class Store extends NetworkStoreContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }
    }

    @Nested
    class Networks extends NetworkPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }
    }

    @Nested
    class Organizations extends OrganizationPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }
    }

    @Nested
    class Memberships extends MembershipPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }
    }

    @Nested
    class Governance extends GovernancePortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }
    }

    @Nested
    class Content extends ContentPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }
    }

    @Nested
    class Subscriptions extends SubscriptionPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }
    }

    @Nested
    class Outbox extends OutboxPortContract {
        @Override
        protected NetworkStore createStore() {
            return fresh();
        }
    }
}
