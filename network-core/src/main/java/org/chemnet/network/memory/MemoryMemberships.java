package org.chemnet.network.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Agreement;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.spi.MembershipPort;
import org.chemnet.network.spi.Versioned;

/** Memberships of an in-memory store. */
final class MemoryMemberships implements MembershipPort {
    private static final NavigableMap<MembershipId, MembershipId> EMPTY = Collections.emptyNavigableMap();

    private final MemoryTransaction tx;

    MemoryMemberships(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Membership> membership(MembershipId id) {
        return Optional.ofNullable(tx.data.memberships.get(id));
    }

    @Override
    public List<Membership> memberships(NetworkId network) {
        return tx.data.membershipsByNetwork.getOrDefault(network, EMPTY).keySet().stream()
                .map(tx.data.memberships::get)
                .toList();
    }

    @Override
    public List<Membership> membershipsAfter(
            NetworkId network, Optional<MembershipStatus> status, Optional<MembershipId> after, int limit) {
        return MemoryData.after(tx.data.membershipsByNetwork.getOrDefault(network, EMPTY), after).keySet().stream()
                .map(tx.data.memberships::get)
                .filter(m -> status.isEmpty() || m.status() == status.get())
                .limit(limit)
                .toList();
    }

    @Override
    public List<Membership> membershipsOf(OrganizationId organization) {
        return tx.data.membershipsByOrganization.getOrDefault(organization, Map.of()).keySet().stream()
                .map(tx.data.memberships::get)
                .sorted(Comparator.comparing(Membership::since).thenComparing(Membership::id))
                .toList();
    }

    @Override
    public List<Participant> participants(ParticipantQuery query) {
        List<Participant> participants = new ArrayList<>();
        for (MembershipId id : tx.data
                .membershipsByNetwork
                .getOrDefault(query.network(), EMPTY)
                .keySet()) {
            Membership membership = tx.data.memberships.get(id);
            if (query.admits(membership)) {
                Versioned<org.chemnet.network.organization.Organization> organization =
                        tx.data.organizations.get(membership.organization());
                if (organization != null && query.admits(organization.value())) {
                    participants.add(new Participant(organization.value(), membership));
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
    public Membership insert(Membership membership) {
        if (tx.data.memberships.containsKey(membership.id())) {
            throw new ConcurrentUpdateException(
                    "membership '" + membership.id() + "' is stored already: another writer stored it first");
        }
        if (membership.status().isOpen()) {
            for (Membership other : membershipsOf(membership.organization())) {
                if (other.network().equals(membership.network())
                        && other.role() == membership.role()
                        && other.status().isOpen()) {
                    throw new ConcurrentUpdateException("organization '" + membership.organization()
                            + "' has an open membership in network '" + membership.network() + "' as "
                            + membership.role() + " already (" + other.id() + ")");
                }
            }
        }
        Membership stored = membership.withVersion(1);
        tx.put(tx.data.memberships, stored.id(), stored);
        tx.put(
                tx.data.membershipsByNetwork.computeIfAbsent(stored.network(), k -> new TreeMap<>()),
                stored.id(),
                stored.id());
        tx.put(
                tx.data.membershipsByOrganization.computeIfAbsent(stored.organization(), k -> new HashMap<>()),
                stored.id(),
                stored.id());
        return stored;
    }

    @Override
    public Membership update(Membership membership) {
        Membership current = tx.data.memberships.get(membership.id());
        if (current == null) {
            throw new NotFoundException("membership", membership.id());
        }
        if (current.version() != membership.version()) {
            throw new ConcurrentUpdateException("membership", membership.id(), membership.version());
        }
        Membership stored = membership.withVersion(current.version() + 1);
        tx.put(tx.data.memberships, stored.id(), stored);
        return stored;
    }

    @Override
    public Map<MembershipId, NetworkId> networksOfMemberships(Collection<MembershipId> ids) {
        Map<MembershipId, NetworkId> found = new HashMap<>();
        for (MembershipId id : ids) {
            Membership membership = tx.data.memberships.get(id);
            if (membership != null) {
                found.put(id, membership.network());
            }
        }
        return found;
    }

    @Override
    public void insertAgreement(Agreement agreement) {
        List<Agreement> stored = tx.data.agreements.getOrDefault(agreement.network(), List.of());
        List<Agreement> more = new ArrayList<>(stored);
        more.add(agreement);
        tx.put(tx.data.agreements, agreement.network(), List.copyOf(more));
    }

    @Override
    public List<Agreement> agreements(NetworkId network, OrganizationId organization) {
        return tx.data.agreements.getOrDefault(network, List.of()).stream()
                .filter(a -> a.organization().equals(organization))
                .sorted(Comparator.comparing(Agreement::agreedOn))
                .toList();
    }

    @Override
    public List<Agreement> agreementsIn(NetworkId network) {
        return tx.data.agreements.getOrDefault(network, List.of()).stream()
                .sorted(Comparator.comparing(Agreement::organization).thenComparing(Agreement::agreedOn))
                .toList();
    }
}
