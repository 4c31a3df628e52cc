package org.chemnet.network.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.Network;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationChange;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.Versioned;

/** The stored values of an in-memory store, with their indexes. Guarded by the store's lock. */
final class MemoryData {
    /** Who holds a delivery, and until when. */
    record Claim(String owner, java.time.Instant until) {}

    final Map<NetworkId, Versioned<Network>> networks = new TreeMap<>();
    /** By identifier, sorted: pages of organizations start anywhere in it. */
    final NavigableMap<OrganizationId, Versioned<Organization>> organizations = new TreeMap<>();
    /** What each organization is searched by: {@code SearchText.of}, kept as it is stored. */
    final Map<OrganizationId, String> searchTexts = new HashMap<>();

    final NavigableMap<PersonId, Versioned<Person>> persons = new TreeMap<>();
    /** Changes of organizations over time, by identifier. */
    final Map<String, OrganizationChange> organizationChanges = new HashMap<>();

    final Map<MembershipId, Membership> memberships = new HashMap<>();
    /** Each network's memberships, by identifier, sorted. */
    final Map<NetworkId, NavigableMap<MembershipId, MembershipId>> membershipsByNetwork = new HashMap<>();

    final Map<OrganizationId, Map<MembershipId, MembershipId>> membershipsByOrganization = new HashMap<>();
    final Map<NetworkId, LocalizedText> boardNames = new HashMap<>();
    final Map<NetworkId, Long> boardVersions = new HashMap<>();
    final Map<NetworkId, Map<BoardSeatId, Versioned<BoardSeat>>> seats = new HashMap<>();
    final Map<NetworkId, Versioned<Secretariat>> secretariats = new HashMap<>();
    /** Each network's secretariats before its current one, oldest first: immutable lists, replaced whole. */
    final Map<NetworkId, List<Secretariat>> formerSecretariats = new HashMap<>();

    final Map<NetworkId, Map<OrganizationId, Versioned<Partner>>> partners = new HashMap<>();
    /** In the order they were first stored. */
    final Map<ActivityId, Versioned<Activity>> activities = new LinkedHashMap<>();

    final Map<ActivityId, NetworkId> activityNetworks = new HashMap<>();
    final Map<EventId, Event> events = new HashMap<>();
    final Map<EventId, NetworkId> eventNetworks = new HashMap<>();
    final Map<DeclarationId, Declaration> declarations = new HashMap<>();
    final Map<DeclarationId, NetworkId> declarationNetworks = new HashMap<>();
    final NavigableMap<SubscriptionId, Versioned<Subscription>> subscriptions = new TreeMap<>();
    final Map<MessageId, MailMessage> messages = new HashMap<>();
    final NavigableMap<DeliveryId, Delivery> deliveries = new TreeMap<>();
    final Map<DeliveryId, Claim> claims = new HashMap<>();
    /** Each network's agreements, in the order recorded. */
    final Map<NetworkId, List<org.chemnet.network.membership.Agreement>> agreements = new HashMap<>();
    /** The change log, in the order of its sequences: the change of sequence n at index n - 1. */
    final List<org.chemnet.network.change.RecordedChange> changes = new ArrayList<>();
    /** The durable listeners' cursors and who holds them, by listener. */
    final Map<String, CursorRow> cursors = new HashMap<>();

    final Map<org.chemnet.network.registration.Occasion, Versioned<org.chemnet.network.registration.RegistrationRules>>
            registrationRules = new HashMap<>();
    final Map<org.chemnet.network.registration.RegistrationId, org.chemnet.network.registration.Registration>
            registrations = new LinkedHashMap<>();
    final Map<org.chemnet.network.affiliation.AffiliationId, org.chemnet.network.affiliation.Affiliation> affiliations =
            new LinkedHashMap<>();
    final Map<org.chemnet.network.event.EventSeriesId, Versioned<org.chemnet.network.event.EventSeries>> eventSeries =
            new HashMap<>();
    final Map<NetworkId, Versioned<org.chemnet.network.decision.BoardRules>> boardRules = new HashMap<>();
    final Map<org.chemnet.network.decision.MotionId, Versioned<org.chemnet.network.decision.Motion>> motions =
            new HashMap<>();
    /** The votes, in the order they were cast. */
    final List<org.chemnet.network.decision.Vote> votes = new ArrayList<>();

    /** The standings of mail addresses, by normalized address, sorted. */
    final NavigableMap<String, Versioned<org.chemnet.network.deliverability.AddressStanding>> addresses =
            new TreeMap<>();
    /** The bounce log, by reference, in the order reported. */
    final Map<String, org.chemnet.network.deliverability.Bounce> bounces = new LinkedHashMap<>();

    /** The subscriptions asked for and not yet confirmed. */
    final Map<SubscriptionId, org.chemnet.network.newsletter.PendingSubscription> signUps = new HashMap<>();

    /** The consent ledger, in the order appended. */
    final List<org.chemnet.network.consent.ConsentEntry> consents = new ArrayList<>();

    /** A listener's cursor and its claim, if held. */
    record CursorRow(org.chemnet.network.change.ListenerCursor cursor, Optional<Claim> claim) {}

    /**
     * The part of a sorted map after a key, that key excluded: where a page starts.
     *
     * @param map the map
     * @param after the key; empty for the whole map
     * @return a view of the map
     */
    static <K, V> NavigableMap<K, V> after(NavigableMap<K, V> map, Optional<K> after) {
        return after.isPresent() ? map.tailMap(after.get(), false) : map;
    }
}
