package org.chemnet.network.spi;

import java.util.List;
import java.util.Optional;
import org.chemnet.network.ConcurrentUpdateException;
import org.chemnet.network.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.organization.OrganizationId;

/**
 * The store port for memberships: each with its history, versioned in {@link Membership#version()}, at most one open
 * membership per organization, network and role. Its contract suite is {@code MembershipPortContract}.
 *
 * @since 0.2.0
 */
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
     * @throws org.chemnet.network.NotFoundException if the membership is not stored
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
}
