package org.chemnet.network.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.memory.MemoryNetworks.Versions;
import org.chemnet.network.spi.AddressPort;
import org.chemnet.network.spi.Versioned;

/** The standings of mail addresses and the bounce log of an in-memory store. */
final class MemoryAddresses implements AddressPort {
    private final MemoryTransaction tx;

    MemoryAddresses(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Versioned<AddressStanding>> find(String address) {
        return Optional.ofNullable(tx.data.addresses.get(address));
    }

    @Override
    public Map<String, AddressStanding> standings(Collection<String> addresses) {
        Map<String, AddressStanding> found = new HashMap<>();
        for (String address : addresses) {
            Versioned<AddressStanding> standing = tx.data.addresses.get(address);
            if (standing != null) {
                found.put(address, standing.value());
            }
        }
        return found;
    }

    @Override
    public void insert(AddressStanding standing) {
        Versions.insert(tx, tx.data.addresses, standing.address(), standing, "address standing");
    }

    @Override
    public long update(AddressStanding standing, long expectedVersion) {
        return Versions.update(
                tx, tx.data.addresses, standing.address(), standing, expectedVersion, "address standing");
    }

    @Override
    public boolean delete(String address) {
        boolean stored = tx.data.addresses.containsKey(address);
        tx.remove(tx.data.addresses, address);
        return stored;
    }

    @Override
    public List<AddressStanding> suppressedAfter(Optional<String> after, int limit) {
        return MemoryData.after(tx.data.addresses, after).values().stream()
                .map(Versioned::value)
                .filter(AddressStanding::isSuppressed)
                .limit(limit)
                .toList();
    }

    @Override
    public List<AddressStanding> heldDue(Instant remindedBefore, int limit) {
        return tx.data.addresses.values().stream()
                .map(Versioned::value)
                .filter(s -> s.isHeld() && !s.isSuppressed())
                .filter(s -> s.lastReminder()
                        .filter(at -> at.isAfter(remindedBefore))
                        .isEmpty())
                .limit(limit)
                .toList();
    }

    @Override
    public boolean insertBounce(Bounce bounce) {
        if (tx.data.bounces.containsKey(bounce.reference())) {
            return false;
        }
        tx.put(tx.data.bounces, bounce.reference(), bounce);
        return true;
    }

    @Override
    public List<Bounce> bounces(String address) {
        return tx.data.bounces.values().stream()
                .filter(b -> AddressStanding.normalized(b.address()).equals(address))
                .sorted(java.util.Comparator.comparing(Bounce::at).thenComparing(Bounce::reference))
                .toList();
    }

    @Override
    public int deleteBounces(String address) {
        List<String> references = tx.data.bounces.values().stream()
                .filter(b -> AddressStanding.normalized(b.address()).equals(address))
                .map(Bounce::reference)
                .toList();
        references.forEach(reference -> tx.remove(tx.data.bounces, reference));
        return references.size();
    }
}
