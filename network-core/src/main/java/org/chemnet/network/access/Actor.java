package org.chemnet.network.access;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.PersonId;

/**
 * On whose behalf a use case runs, as the host names it after signing someone in: recorded with every change in the
 * audit log, and asked about by the {@link AccessPolicy}.
 *
 * <p>An actor is an identity, not a claim to a power: a {@link ActorKind#BOARD_MEMBER} decides for the board only if
 * the runtime finds the person on a seat of that network's board on the day, and a network's policy alone says whether
 * the board or the secretariat decides on applications.
 *
 * @param kind what the actor is; never null
 * @param id the person's identifier for the person kinds, the job's name for {@link ActorKind#SYSTEM}, or
 *     {@value #ERASED} once the person's data was erased; 1 to 128 characters
 * @param network the network the actor works for, for secretariat staff and board members; empty for the others
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public record Actor(ActorKind kind, String id, Optional<NetworkId> network) {
    /** What an erased person's identifier becomes in the audit log. */
    public static final String ERASED = "(erased)";

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the id is empty or longer than 128 characters, or if the network is given
     *     for a kind that works for none, or missing for one that works for a network
     */
    public Actor {
        requireNonNull(kind, "kind");
        requireNonNull(id, "id");
        requireNonNull(network, "network");
        if (id.isEmpty() || id.length() > 128) {
            throw new IllegalArgumentException("actor id must have 1 to 128 characters, but had " + id.length());
        }
        boolean worksForANetwork = kind == ActorKind.SECRETARIAT_STAFF || kind == ActorKind.BOARD_MEMBER;
        if (worksForANetwork != network.isPresent()) {
            throw new IllegalArgumentException("an actor of kind " + kind
                    + (worksForANetwork ? " works for a network" : " works for no network") + ", but network was "
                    + network.map(NetworkId::value).orElse("empty"));
        }
        if (kind != ActorKind.SYSTEM && !id.equals(ERASED)) {
            PersonId.of(id);
        }
    }

    /**
     * A person acting for themselves or their organization.
     *
     * @param person the person
     * @return the actor; never null
     */
    public static Actor person(PersonId person) {
        return new Actor(ActorKind.PERSON, person.value(), Optional.empty());
    }

    /**
     * A person working for a network's secretariat.
     *
     * @param person the person
     * @param network the network whose secretariat they work for
     * @return the actor; never null
     */
    public static Actor secretariatStaff(PersonId person, NetworkId network) {
        return new Actor(ActorKind.SECRETARIAT_STAFF, person.value(), Optional.of(network));
    }

    /**
     * A person acting as a member of a network's board.
     *
     * @param person the person, who must represent a seat of the board on the day they act
     * @param network the network
     * @return the actor; never null
     */
    public static Actor boardMember(PersonId person, NetworkId network) {
        return new Actor(ActorKind.BOARD_MEMBER, person.value(), Optional.of(network));
    }

    /**
     * The host's own job.
     *
     * @param job the job's name, such as {@code import} or {@code nightly-cleanup}
     * @return the actor; never null
     */
    public static Actor system(String job) {
        return new Actor(ActorKind.SYSTEM, job, Optional.empty());
    }

    /**
     * The person acting, for the person kinds.
     *
     * @return the person; empty for a system job and for an erased person
     */
    public Optional<PersonId> person() {
        return kind == ActorKind.SYSTEM || id.equals(ERASED) ? Optional.empty() : Optional.of(PersonId.of(id));
    }

    /**
     * Tells whether this actor works for a network, as its secretariat staff or board member.
     *
     * @param candidate the network
     * @return true if the actor's network is that one
     */
    public boolean worksFor(NetworkId candidate) {
        return network.filter(candidate::equals).isPresent();
    }

    /**
     * This actor with the person erased: what the audit log keeps once a person's data is erased.
     *
     * @return the actor, of the same kind and network, with the id {@value #ERASED}
     */
    public Actor erased() {
        return kind == ActorKind.SYSTEM ? this : new Actor(kind, ERASED, network);
    }

    @Override
    public String toString() {
        return kind + " " + id + network.map(n -> " of " + n.value()).orElse("");
    }
}
