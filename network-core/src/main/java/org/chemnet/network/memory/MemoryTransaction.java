package org.chemnet.network.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.chemnet.network.spi.ChangePort;
import org.chemnet.network.spi.ContentPort;
import org.chemnet.network.spi.GovernancePort;
import org.chemnet.network.spi.MembershipPort;
import org.chemnet.network.spi.NetworkPort;
import org.chemnet.network.spi.OrganizationPort;
import org.chemnet.network.spi.OutboxPort;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.SubscriptionPort;

/** One transaction of an in-memory store: its ports, and the log of how to undo each change it made. */
final class MemoryTransaction implements StoreTransaction {
    final MemoryData data;
    private final boolean writable;
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final MemoryNetworks networks = new MemoryNetworks(this);
    private final MemoryOrganizations organizations = new MemoryOrganizations(this);
    private final MemoryMemberships memberships = new MemoryMemberships(this);
    private final MemoryGovernance governance = new MemoryGovernance(this);
    private final MemoryContent content = new MemoryContent(this);
    private final MemorySubscriptions subscriptions = new MemorySubscriptions(this);
    private final MemoryOutbox outbox = new MemoryOutbox(this);
    private final MemoryChanges changes = new MemoryChanges(this);
    private final MemoryRegistrations registrations = new MemoryRegistrations(this);
    private final MemoryAffiliations affiliations = new MemoryAffiliations(this);
    private final MemoryEventSeries eventSeries = new MemoryEventSeries(this);
    private final MemoryDecisions decisions = new MemoryDecisions(this);
    private final MemoryAddresses addresses = new MemoryAddresses(this);
    private final MemorySignUps signUps = new MemorySignUps(this);
    private final MemoryConsents consents = new MemoryConsents(this);

    MemoryTransaction(MemoryData data, boolean writable) {
        this.data = data;
        this.writable = writable;
    }

    @Override
    public NetworkPort networks() {
        return networks;
    }

    @Override
    public OrganizationPort organizations() {
        return organizations;
    }

    @Override
    public MembershipPort memberships() {
        return memberships;
    }

    @Override
    public GovernancePort governance() {
        return governance;
    }

    @Override
    public ContentPort content() {
        return content;
    }

    @Override
    public SubscriptionPort subscriptions() {
        return subscriptions;
    }

    @Override
    public OutboxPort outbox() {
        return outbox;
    }

    @Override
    public ChangePort changes() {
        return changes;
    }

    @Override
    public org.chemnet.network.spi.RegistrationPort registrations() {
        return registrations;
    }

    @Override
    public org.chemnet.network.spi.AffiliationPort affiliations() {
        return affiliations;
    }

    @Override
    public org.chemnet.network.spi.EventSeriesPort eventSeries() {
        return eventSeries;
    }

    @Override
    public org.chemnet.network.spi.DecisionPort decisions() {
        return decisions;
    }

    @Override
    public org.chemnet.network.spi.AddressPort addresses() {
        return addresses;
    }

    @Override
    public org.chemnet.network.spi.SignUpPort signUps() {
        return signUps;
    }

    @Override
    public org.chemnet.network.spi.ConsentPort consents() {
        return consents;
    }

    /** Undoes every change, latest first. */
    void rollback() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }

    /** Puts a value into a map, remembering how to undo it. */
    <K, V> void put(Map<K, V> map, K key, V value) {
        requireWritable();
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

    /** Removes a key from a map, remembering how to undo it. */
    <K, V> void remove(Map<K, V> map, K key) {
        requireWritable();
        if (map.containsKey(key)) {
            V previous = map.remove(key);
            undo.push(() -> map.put(key, previous));
        }
    }

    /** Appends a value to a list, remembering how to undo it. */
    <V> void add(List<V> list, V value) {
        requireWritable();
        list.add(value);
        undo.push(() -> list.remove(list.size() - 1));
    }

    /** Removes a list's value at an index, remembering how to undo it. */
    <V> void removeAt(List<V> list, int index) {
        requireWritable();
        V previous = list.remove(index);
        undo.push(() -> list.add(index, previous));
    }

    /** Replaces a list's value at an index, remembering how to undo it. */
    <V> void set(List<V> list, int index, V value) {
        requireWritable();
        V previous = list.set(index, value);
        undo.push(() -> list.set(index, previous));
    }

    private void requireWritable() {
        if (!writable) {
            throw new IllegalStateException("a read of the store cannot change it: use NetworkStore.inTransaction");
        }
    }
}
