package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Agreement;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.organization.OrganizationId;

/**
 * The store port for memberships: each with its history, versioned in {@link Membership#version()}, at most one open
 * membership per organization, network and role. Its contract suite is {@code MembershipPortContract}.
 *
 * @since 0.2.0
 */
@API(status = STABLE, since = "0.2.0")
public interface MembershipPort {
    /**
     * A membership.
     *
     * @param id its identifier
     * @return the membership with its stored version, if stored; never null
     */
    Optional<Membership> membership(MembershipId id);

    /**
     * Every membership of a network, past and present.
     *
     * @param network the network
     * @return the memberships, by identifier; never null
     */
    List<Membership> memberships(NetworkId network);

    /**
     * Every membership of an organization, in every network: its history.
     *
     * @param organization the organization
     * @return the memberships, oldest first; never null
     */
    List<Membership> membershipsOf(OrganizationId organization);

    /**
     * The participants a query selects.
     *
     * @param query the network, day and filters
     * @return the participants, by organization identifier; never null
     */
    List<Participant> participants(ParticipantQuery query);

    /**
     * A network's memberships, handed over one at a time by identifier, so that a store can stream them: by default,
     * {@link #memberships(NetworkId)} one by one.
     *
     * @param network the network
     * @param each what is done with each membership
     * @since 0.3.0
     */
    default void memberships(NetworkId network, Consumer<Membership> each) {
        memberships(network).forEach(each);
    }

    /**
     * The participants a query selects, handed over one at a time in the same order, so that a store can stream
     * them: by default, {@link #participants(ParticipantQuery)} one by one.
     *
     * @param query the network, day and filters
     * @param each what is done with each participant
     * @since 0.3.0
     */
    default void participants(ParticipantQuery query, Consumer<Participant> each) {
        participants(query).forEach(each);
    }

    /**
     * How many participants a query selects, without loading them.
     *
     * @param query the network, day and filters
     * @return the count
     */
    long countParticipants(ParticipantQuery query);

    /**
     * Inserts a new membership.
     *
     * @param membership the membership; its version is ignored
     * @return the stored membership, at version 1
     * @throws ConcurrentUpdateException if a membership with its identifier exists, or the organization has an open
     *     membership in that network and role already
     */
    Membership insert(Membership membership);

    /**
     * Replaces a membership if nobody changed it since it was read.
     *
     * @param membership the membership, carrying the version that was read
     * @return the stored membership, at the next version
     * @throws ConcurrentUpdateException if the stored version is not the one given
     * @throws org.chemnet.network.kernel.NotFoundException if the membership is not stored
     */
    Membership update(Membership membership);

    /**
     * Inserts many new memberships, each at version 1: the bulk path of imports. By default one by one; stores may
     * batch.
     *
     * @param memberships the memberships
     * @throws NetworkStorageException if one of them is stored already
     */
    default void insertAll(List<Membership> memberships) {
        BulkInserts.oneByOne(memberships, m -> insert(m));
    }

    /**
     * A page of a network's memberships, past and present, by identifier (keyset paging): those whose identifier
     * follows {@code after}, each with its whole history, optionally only those whose current status (the latest
     * of their history, {@link Membership#status()}) is one.
     *
     * @param network the network; one that is not stored has none
     * @param status the current status of those wanted; empty for every membership
     * @param after the identifier after which the page starts, not itself included; empty for the first page
     * @param limit the most to return, 1 or more (the use cases ask for at most 1,001)
     * @return the memberships, in order of identifier; never null
     * @since 0.3.0
     */
    List<Membership> membershipsAfter(
            NetworkId network, Optional<MembershipStatus> status, Optional<MembershipId> after, int limit);

    /**
     * The networks of those of some memberships that are stored, whichever network holds them: the bulk question of
     * imports, asked once a chunk, so that an identifier another network holds is a refused record rather than a
     * failed insert. By default one by one through {@link #membership(MembershipId)}; stores ask at once.
     *
     * @param ids the identifiers, as many as a chunk of an import (up to a few thousand)
     * @return the network of each one stored, by identifier; those not stored are absent; never null
     * @since 0.3.0
     */
    default Map<MembershipId, NetworkId> networksOfMemberships(Collection<MembershipId> ids) {
        Map<MembershipId, NetworkId> found = new HashMap<>();
        for (MembershipId id : ids) {
            membership(id).ifPresent(m -> found.put(id, m.network()));
        }
        return found;
    }

    /**
     * Records an organization's agreement. Agreements are only ever added: two at once are both kept. By default, a
     * store written before 0.4.0 keeps none: it refuses to record one, and finds none.
     *
     * @param agreement the agreement
     * @throws UnsupportedOperationException if the store keeps no agreements
     * @since 0.4.0
     */
    default void insertAgreement(Agreement agreement) {
        throw new UnsupportedOperationException(getClass().getName() + " keeps no agreements");
    }

    /**
     * An organization's agreements to a network's policy, oldest first (by day, then in the order recorded).
     *
     * @param network the network
     * @param organization the organization
     * @return the agreements; never null
     * @since 0.4.0
     */
    default List<Agreement> agreements(NetworkId network, OrganizationId organization) {
        return List.of();
    }

    /**
     * Every agreement to a network's policy, by organization, then as {@link #agreements(NetworkId, OrganizationId)}.
     *
     * @param network the network
     * @return the agreements; never null
     * @since 0.4.0
     */
    default List<Agreement> agreementsIn(NetworkId network) {
        return List.of();
    }
}
