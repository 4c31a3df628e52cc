package org.chemnet.network.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.chemnet.network.ConcurrentUpdateException;
import org.chemnet.network.Network;
import org.chemnet.network.NetworkId;
import org.chemnet.network.NotFoundException;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.StoreReader;
import org.chemnet.network.spi.StoreTransaction;

/**
 * A store that keeps everything in memory: the default when no other store is configured, and a fast one for tests.
 * Nothing survives the JVM.
 *
 * <p>Thread-safe: transactions run one at a time under a write lock, reads run together under a read lock, so a read
 * never sees half a transaction. A transaction that throws is undone completely.
 *
 * @since 0.1.0
 */
public final class InMemoryNetworkStore implements NetworkStore {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Data data = new Data();

    /** Creates an empty store. */
    public InMemoryNetworkStore() {}

    @Override
    public <T> T inTransaction(Function<StoreTransaction, T> work) {
        requireNonNull(work, "work");
        lock.writeLock().lock();
        try {
            Transaction transaction = new Transaction(data);
            try {
                return work.apply(transaction);
            } catch (RuntimeException | Error e) {
                transaction.rollback();
                throw e;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public <T> T read(Function<StoreReader, T> query) {
        requireNonNull(query, "query");
        lock.readLock().lock();
        try {
            return query.apply(new Reader(data));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The stored values, with indexes. Guarded by the lock. */
    private static final class Data {
        final Map<NetworkId, Network> networks = new TreeMap<>();
        final Map<OrganizationId, Organization> organizations = new HashMap<>();
        final Map<PersonId, Person> persons = new HashMap<>();
        final Map<MembershipId, Membership> memberships = new HashMap<>();
        final Map<NetworkId, Map<MembershipId, MembershipId>> membershipsByNetwork = new HashMap<>();
        final Map<OrganizationId, Map<MembershipId, MembershipId>> membershipsByOrganization = new HashMap<>();
        final Map<NetworkId, Board> boards = new HashMap<>();
        final Map<NetworkId, Secretariat> secretariats = new HashMap<>();
        final Map<NetworkId, Map<OrganizationId, Partner>> partners = new HashMap<>();
        final Map<ActivityId, Activity> activities = new LinkedHashMap<>();
        final Map<ActivityId, NetworkId> activityNetworks = new HashMap<>();
        final Map<EventId, Event> events = new HashMap<>();
        final Map<EventId, NetworkId> eventNetworks = new HashMap<>();
        final Map<DeclarationId, Declaration> declarations = new HashMap<>();
        final Map<DeclarationId, NetworkId> declarationNetworks = new HashMap<>();
        final Map<SubscriptionId, Subscription> subscriptions = new TreeMap<>();
        final Map<MessageId, MailMessage> messages = new HashMap<>();
        final Map<DeliveryId, Delivery> deliveries = new TreeMap<>();
    }

    /** Answers from the data. */
    private static class Reader implements StoreReader {
        final Data data;

        Reader(Data data) {
            this.data = data;
        }

        @Override
        public List<NetworkId> networks() {
            return List.copyOf(data.networks.keySet());
        }

        @Override
        public Optional<Network> network(NetworkId id) {
            return Optional.ofNullable(data.networks.get(id));
        }

        @Override
        public Optional<Organization> organization(OrganizationId id) {
            return Optional.ofNullable(data.organizations.get(id));
        }

        @Override
        public Optional<Person> person(PersonId id) {
            return Optional.ofNullable(data.persons.get(id));
        }

        @Override
        public Optional<Membership> membership(MembershipId id) {
            return Optional.ofNullable(data.memberships.get(id));
        }

        @Override
        public List<Membership> memberships(NetworkId network) {
            return data.membershipsByNetwork.getOrDefault(network, Map.of()).keySet().stream()
                    .sorted()
                    .map(data.memberships::get)
                    .toList();
        }

        @Override
        public List<Membership> membershipsOf(OrganizationId organization) {
            return data.membershipsByOrganization.getOrDefault(organization, Map.of()).keySet().stream()
                    .map(data.memberships::get)
                    .sorted(Comparator.comparing(Membership::since).thenComparing(Membership::id))
                    .toList();
        }

        @Override
        public List<Participant> participants(ParticipantQuery query) {
            List<Participant> participants = new ArrayList<>();
            for (MembershipId id : data.membershipsByNetwork
                    .getOrDefault(query.network(), Map.of())
                    .keySet()) {
                Membership membership = data.memberships.get(id);
                if (query.admits(membership)) {
                    Organization organization = data.organizations.get(membership.organization());
                    if (organization != null && query.admits(organization)) {
                        participants.add(new Participant(organization, membership));
                    }
                }
            }
            participants.sort(
                    Comparator.comparing((Participant p) -> p.organization().id())
                            .thenComparing(p -> p.membership().id()));
            return participants;
        }

        @Override
        public long countParticipants(ParticipantQuery query) {
            return participants(query).size();
        }

        @Override
        public Board board(NetworkId network) {
            return data.boards.getOrDefault(network, Board.empty());
        }

        @Override
        public Optional<Secretariat> secretariat(NetworkId network) {
            return Optional.ofNullable(data.secretariats.get(network));
        }

        @Override
        public List<Partner> partners(NetworkId network) {
            return data.partners.getOrDefault(network, Map.of()).values().stream()
                    .sorted(Comparator.comparing(Partner::organization))
                    .toList();
        }

        @Override
        public List<Activity> activities(NetworkId network) {
            return data.activities.values().stream()
                    .filter(a -> network.equals(data.activityNetworks.get(a.id())))
                    .toList();
        }

        @Override
        public Optional<Activity> activity(ActivityId id) {
            return Optional.ofNullable(data.activities.get(id));
        }

        @Override
        public List<Event> events(NetworkId network) {
            return data.events.values().stream()
                    .filter(e -> network.equals(data.eventNetworks.get(e.id())))
                    .sorted(Comparator.comparing((Event e) -> e.dates().start()).thenComparing(Event::id))
                    .toList();
        }

        @Override
        public Optional<Event> event(EventId id) {
            return Optional.ofNullable(data.events.get(id));
        }

        @Override
        public List<Declaration> declarations(NetworkId network) {
            return data.declarations.values().stream()
                    .filter(d -> network.equals(data.declarationNetworks.get(d.id())))
                    .sorted(Comparator.comparing(Declaration::adoptedOn).thenComparing(Declaration::id))
                    .toList();
        }

        @Override
        public Optional<Declaration> declaration(DeclarationId id) {
            return Optional.ofNullable(data.declarations.get(id));
        }

        @Override
        public Optional<NetworkId> networkOfDeclaration(DeclarationId id) {
            return Optional.ofNullable(data.declarationNetworks.get(id));
        }

        @Override
        public List<Subscription> subscriptions(ActivityId newsletter) {
            return data.subscriptions.values().stream()
                    .filter(s -> s.newsletter().equals(newsletter))
                    .toList();
        }

        @Override
        public Optional<Subscription> subscription(SubscriptionId id) {
            return Optional.ofNullable(data.subscriptions.get(id));
        }

        @Override
        public List<Subscription> subscriptionsOf(PersonId person) {
            return data.subscriptions.values().stream()
                    .filter(s -> s.person().filter(person::equals).isPresent())
                    .toList();
        }

        @Override
        public Optional<MailMessage> message(MessageId id) {
            return Optional.ofNullable(data.messages.get(id));
        }

        @Override
        public Optional<Delivery> delivery(DeliveryId id) {
            return Optional.ofNullable(data.deliveries.get(id));
        }

        @Override
        public List<Delivery> deliveries(MessageId message) {
            return data.deliveries.values().stream()
                    .filter(d -> d.message().equals(message))
                    .toList();
        }

        @Override
        public List<Delivery> dueDeliveries(Instant now, int limit) {
            return data.deliveries.values().stream()
                    .filter(d -> d.status() == DeliveryStatus.PENDING
                            && !d.nextAttempt().isAfter(now))
                    .sorted(Comparator.comparing(Delivery::nextAttempt).thenComparing(Delivery::id))
                    .limit(limit)
                    .toList();
        }
    }

    /** Changes the data, remembering how to undo each change. */
    private static final class Transaction extends Reader implements StoreTransaction {
        private final Deque<Runnable> undo = new ArrayDeque<>();

        Transaction(Data data) {
            super(data);
        }

        void rollback() {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
        }

        private <K, V> void put(Map<K, V> map, K key, V value) {
            boolean existed = map.containsKey(key);
            V previous = map.put(key, value);
            undo.push(() -> {
                if (existed) {
                    map.put(key, previous);
                } else {
                    map.remove(key);
                }
            });
        }

        private <K, V> void remove(Map<K, V> map, K key) {
            if (map.containsKey(key)) {
                V previous = map.remove(key);
                undo.push(() -> map.put(key, previous));
            }
        }

        @Override
        public void putNetwork(Network network) {
            put(data.networks, network.id(), network);
        }

        @Override
        public void putOrganization(Organization organization) {
            put(data.organizations, organization.id(), organization);
        }

        @Override
        public void putPerson(Person person) {
            put(data.persons, person.id(), person);
        }

        @Override
        public Membership insertMembership(Membership membership) {
            if (data.memberships.containsKey(membership.id())) {
                throw new NetworkStorageException("membership '" + membership.id() + "' is stored already", null, null);
            }
            Membership stored = membership.withVersion(1);
            put(data.memberships, stored.id(), stored);
            put(
                    data.membershipsByNetwork.computeIfAbsent(stored.network(), k -> new HashMap<>()),
                    stored.id(),
                    stored.id());
            put(
                    data.membershipsByOrganization.computeIfAbsent(stored.organization(), k -> new HashMap<>()),
                    stored.id(),
                    stored.id());
            return stored;
        }

        @Override
        public Membership updateMembership(Membership membership) {
            Membership current = data.memberships.get(membership.id());
            if (current == null) {
                throw new NotFoundException("membership", membership.id());
            }
            if (current.version() != membership.version()) {
                throw new ConcurrentUpdateException("membership", membership.id(), membership.version());
            }
            Membership stored = membership.withVersion(current.version() + 1);
            put(data.memberships, stored.id(), stored);
            return stored;
        }

        @Override
        public void putBoard(NetworkId network, Board board) {
            put(data.boards, network, board);
        }

        @Override
        public void putSecretariat(NetworkId network, Secretariat secretariat) {
            put(data.secretariats, network, secretariat);
        }

        @Override
        public void putPartner(NetworkId network, Partner partner) {
            put(data.partners.computeIfAbsent(network, k -> new HashMap<>()), partner.organization(), partner);
        }

        @Override
        public void putActivity(NetworkId network, Activity activity) {
            put(data.activities, activity.id(), activity);
            put(data.activityNetworks, activity.id(), network);
        }

        @Override
        public void putEvent(NetworkId network, Event event) {
            put(data.events, event.id(), event);
            put(data.eventNetworks, event.id(), network);
        }

        @Override
        public void putDeclaration(NetworkId network, Declaration declaration) {
            put(data.declarations, declaration.id(), declaration);
            put(data.declarationNetworks, declaration.id(), network);
        }

        @Override
        public void putSubscription(Subscription subscription) {
            put(data.subscriptions, subscription.id(), subscription);
        }

        @Override
        public void deleteSubscription(SubscriptionId id) {
            remove(data.subscriptions, id);
            List<DeliveryId> toIt = data.deliveries.values().stream()
                    .filter(d -> d.subscription().filter(id::equals).isPresent())
                    .map(Delivery::id)
                    .toList();
            toIt.forEach(d -> remove(data.deliveries, d));
        }

        @Override
        public void insertMessage(MailMessage message) {
            if (data.messages.containsKey(message.id())) {
                throw new NetworkStorageException("message '" + message.id() + "' is stored already", null, null);
            }
            put(data.messages, message.id(), message);
        }

        @Override
        public void insertDeliveries(List<Delivery> deliveries) {
            for (Delivery delivery : deliveries) {
                if (data.deliveries.containsKey(delivery.id())) {
                    throw new NetworkStorageException("delivery '" + delivery.id() + "' is stored already", null, null);
                }
                put(data.deliveries, delivery.id(), delivery);
            }
        }

        @Override
        public void updateDelivery(Delivery delivery) {
            if (!data.deliveries.containsKey(delivery.id())) {
                throw new NotFoundException("delivery", delivery.id());
            }
            put(data.deliveries, delivery.id(), delivery);
        }
    }
}
