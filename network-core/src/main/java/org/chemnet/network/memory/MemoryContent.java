package org.chemnet.network.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.memory.MemoryNetworks.Versions;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.spi.ContentPort;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.Versioned;

/** Activities, partners, events and declarations of an in-memory store. */
final class MemoryContent implements ContentPort {
    private final MemoryTransaction tx;

    MemoryContent(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public List<Activity> activities(NetworkId network) {
        return tx.data.activities.values().stream()
                .map(Versioned::value)
                .filter(a -> network.equals(tx.data.activityNetworks.get(a.id())))
                .toList();
    }

    @Override
    public Optional<Activity> activity(ActivityId id) {
        return Optional.ofNullable(tx.data.activities.get(id)).map(Versioned::value);
    }

    @Override
    public void saveActivity(NetworkId network, Activity activity) {
        requireSameNetwork(tx.data.activityNetworks.get(activity.id()), network, "activity", activity.id());
        Versioned<Activity> stored = tx.data.activities.get(activity.id());
        tx.put(tx.data.activities, activity.id(), new Versioned<>(activity, stored == null ? 1 : stored.version() + 1));
        tx.put(tx.data.activityNetworks, activity.id(), network);
    }

    @Override
    public Optional<Versioned<Activity>> activity(NetworkId network, ActivityId id) {
        if (!network.equals(tx.data.activityNetworks.get(id))) {
            return Optional.empty();
        }
        return Optional.ofNullable(tx.data.activities.get(id));
    }

    @Override
    public void insertActivity(NetworkId network, Activity activity) {
        Versions.insert(tx, tx.data.activities, activity.id(), activity, "activity");
        tx.put(tx.data.activityNetworks, activity.id(), network);
    }

    @Override
    public long updateActivity(NetworkId network, Activity activity, long expectedVersion) {
        if (!network.equals(tx.data.activityNetworks.get(activity.id()))) {
            throw new NotFoundException("activity of network " + network, activity.id());
        }
        return Versions.update(tx, tx.data.activities, activity.id(), activity, expectedVersion, "activity");
    }

    @Override
    public List<Partner> partners(NetworkId network) {
        return tx.data.partners.getOrDefault(network, Map.of()).values().stream()
                .map(Versioned::value)
                .sorted(Comparator.comparing(Partner::organization))
                .toList();
    }

    @Override
    public void savePartner(NetworkId network, Partner partner) {
        Map<OrganizationId, Versioned<Partner>> partners = partnersOf(network);
        Versioned<Partner> stored = partners.get(partner.organization());
        tx.put(partners, partner.organization(), new Versioned<>(partner, stored == null ? 1 : stored.version() + 1));
    }

    @Override
    public Optional<Versioned<Partner>> partner(NetworkId network, OrganizationId organization) {
        return Optional.ofNullable(
                tx.data.partners.getOrDefault(network, Map.of()).get(organization));
    }

    @Override
    public void insertPartner(NetworkId network, Partner partner) {
        Versions.insert(tx, partnersOf(network), partner.organization(), partner, "partner of network " + network);
    }

    @Override
    public long updatePartner(NetworkId network, Partner partner, long expectedVersion) {
        return Versions.update(
                tx,
                partnersOf(network),
                partner.organization(),
                partner,
                expectedVersion,
                "partner of network " + network);
    }

    /** A network's partners, by organization, to write: the stored map, made on first use. */
    private Map<OrganizationId, Versioned<Partner>> partnersOf(NetworkId network) {
        return tx.data.partners.computeIfAbsent(network, k -> new HashMap<>());
    }

    @Override
    public List<Event> events(NetworkId network) {
        return tx.data.events.values().stream()
                .filter(e -> network.equals(tx.data.eventNetworks.get(e.id())))
                .sorted(Comparator.comparing((Event e) -> e.dates().start()).thenComparing(Event::id))
                .toList();
    }

    @Override
    public Optional<Event> event(EventId id) {
        return Optional.ofNullable(tx.data.events.get(id));
    }

    @Override
    public void saveEvent(NetworkId network, Event event) {
        requireSameNetwork(tx.data.eventNetworks.get(event.id()), network, "event", event.id());
        tx.put(tx.data.events, event.id(), event);
        tx.put(tx.data.eventNetworks, event.id(), network);
    }

    @Override
    public List<Declaration> declarations(NetworkId network) {
        return tx.data.declarations.values().stream()
                .filter(d -> network.equals(tx.data.declarationNetworks.get(d.id())))
                .sorted(Comparator.comparing(Declaration::adoptedOn).thenComparing(Declaration::id))
                .toList();
    }

    @Override
    public Optional<Declaration> declaration(DeclarationId id) {
        return Optional.ofNullable(tx.data.declarations.get(id));
    }

    @Override
    public Optional<NetworkId> networkOfDeclaration(DeclarationId id) {
        return Optional.ofNullable(tx.data.declarationNetworks.get(id));
    }

    @Override
    public Optional<NetworkId> networkOfActivity(ActivityId id) {
        return Optional.ofNullable(tx.data.activityNetworks.get(id));
    }

    @Override
    public void insertDeclaration(NetworkId network, Declaration declaration) {
        if (tx.data.declarations.containsKey(declaration.id())) {
            throw new ConcurrentUpdateException(
                    "declaration '" + declaration.id() + "' is stored already: another writer stored it first");
        }
        tx.put(tx.data.declarations, declaration.id(), declaration);
        tx.put(tx.data.declarationNetworks, declaration.id(), network);
    }

    @Override
    public void insertEndorsement(DeclarationId id, Endorsement endorsement) {
        Declaration declaration = stored(id);
        if (open(declaration, endorsement.organization()) >= 0) {
            throw new ConcurrentUpdateException("organization '" + endorsement.organization()
                    + "' endorses declaration '" + id + "' already: another writer stored it first");
        }
        List<Endorsement> endorsements = new ArrayList<>(declaration.endorsements());
        endorsements.add(endorsement);
        tx.put(tx.data.declarations, id, declaration.withEndorsements(endorsements));
    }

    @Override
    public void endEndorsement(DeclarationId id, OrganizationId organization, LocalDate lastDay) {
        Declaration declaration = stored(id);
        int index = open(declaration, organization);
        if (index < 0) {
            throw new ConcurrentUpdateException("organization '" + organization
                    + "' has no open endorsement of declaration '" + id + "': another writer ended it");
        }
        List<Endorsement> endorsements = new ArrayList<>(declaration.endorsements());
        Endorsement current = endorsements.get(index);
        endorsements.set(index, new Endorsement(organization, current.endorsedOn(), Optional.of(lastDay)));
        tx.put(tx.data.declarations, id, declaration.withEndorsements(endorsements));
    }

    private Declaration stored(DeclarationId id) {
        Declaration declaration = tx.data.declarations.get(id);
        if (declaration == null) {
            throw new NotFoundException("declaration", id);
        }
        return declaration;
    }

    /** Where the organization's endorsement without a last day is, or -1. */
    private static int open(Declaration declaration, OrganizationId organization) {
        List<Endorsement> endorsements = declaration.endorsements();
        for (int i = 0; i < endorsements.size(); i++) {
            Endorsement e = endorsements.get(i);
            if (e.organization().equals(organization) && e.withdrawnOn().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static void requireSameNetwork(NetworkId stored, NetworkId network, String kind, Object id) {
        if (stored != null && !stored.equals(network)) {
            throw new NetworkStorageException(
                    kind + " '" + id + "' belongs to network '" + stored + "', not '" + network + "'", null, null);
        }
    }

    @Override
    public Map<ActivityId, NetworkId> networksOfActivities(java.util.Collection<ActivityId> ids) {
        return networksOf(ids, tx.data.activityNetworks);
    }

    @Override
    public Map<EventId, NetworkId> networksOfEvents(java.util.Collection<EventId> ids) {
        return networksOf(ids, tx.data.eventNetworks);
    }

    @Override
    public Map<DeclarationId, NetworkId> networksOfDeclarations(java.util.Collection<DeclarationId> ids) {
        return networksOf(ids, tx.data.declarationNetworks);
    }

    /** The entries of an index of networks for some keys: those it has. */
    private static <I> Map<I, NetworkId> networksOf(java.util.Collection<I> ids, Map<I, NetworkId> networks) {
        Map<I, NetworkId> found = new HashMap<>();
        for (I id : ids) {
            NetworkId network = networks.get(id);
            if (network != null) {
                found.put(id, network);
            }
        }
        return found;
    }
}
