package org.chemnet.network.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationId;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.RegistrationPort;
import org.chemnet.network.spi.Versioned;

/** The registrations of the in-memory store. */
final class MemoryRegistrations implements RegistrationPort {
    private final MemoryTransaction tx;

    MemoryRegistrations(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Versioned<RegistrationRules>> rules(Occasion occasion) {
        return Optional.ofNullable(tx.data.registrationRules.get(occasion));
    }

    @Override
    public long saveRules(RegistrationRules rules, long expectedVersion) {
        long current = rules(rules.occasion()).map(Versioned::version).orElse(0L);
        if (current != expectedVersion) {
            throw new ConcurrentUpdateException("registration rules of", rules.occasion(), expectedVersion);
        }
        tx.put(tx.data.registrationRules, rules.occasion(), new Versioned<>(rules, current + 1));
        return current + 1;
    }

    @Override
    public Optional<Registration> registration(RegistrationId id) {
        return Optional.ofNullable(tx.data.registrations.get(id));
    }

    @Override
    public List<Registration> registrations(Occasion occasion) {
        List<Registration> found = new ArrayList<>();
        for (Registration registration : tx.data.registrations.values()) {
            if (registration.occasion().equals(occasion)) {
                found.add(registration);
            }
        }
        found.sort(Comparator.comparingLong(Registration::sequence));
        return found;
    }

    @Override
    public List<Registration> registrationsOf(org.chemnet.network.organization.PersonId person) {
        return tx.data.registrations.values().stream()
                .filter(r -> r.registrant().person().equals(java.util.Optional.of(person)))
                .sorted(Comparator.comparing(Registration::registeredAt).thenComparing(Registration::id))
                .toList();
    }

    @Override
    public void insert(Registration registration) {
        boolean taken = tx.data.registrations.containsKey(registration.id())
                || registrations(registration.occasion()).stream()
                        .anyMatch(r -> r.sequence() == registration.sequence());
        if (taken) {
            throw new ConcurrentUpdateException("registration '" + registration.id() + "' or sequence "
                    + registration.sequence() + " of " + registration.occasion()
                    + " is stored already: another writer stored it first");
        }
        tx.put(tx.data.registrations, registration.id(), registration);
    }

    @Override
    public void update(Registration registration) {
        if (!tx.data.registrations.containsKey(registration.id())) {
            throw new NetworkStorageException("registration " + registration.id() + " is not stored", null, null);
        }
        tx.put(tx.data.registrations, registration.id(), registration);
    }
}
