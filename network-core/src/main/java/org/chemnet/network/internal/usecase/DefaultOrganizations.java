package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationChange;
import org.chemnet.network.organization.OrganizationChangeKind;
import org.chemnet.network.organization.OrganizationEndedException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Organizations;
import org.chemnet.network.spi.GovernancePort;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;

/** The organizations-over-time use cases on the store. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class DefaultOrganizations implements Organizations {
    private final UseCases context;

    /**
     * Creates the use cases.
     *
     * @param context what they need
     */
    public DefaultOrganizations(UseCases context) {
        this.context = context;
    }

    @Override
    public Organization rename(OrganizationId id, LocalizedText newName, LocalDate from) {
        requireNonNull(id, "organization");
        requireNonNull(newName, "newName");
        requireNonNull(from, "from");
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_ORGANIZATION, EntityKind.ORGANIZATION, id);
            Versioned<Organization> stored = UseCases.requireOrganization(tx, id);
            Organization before = stored.value();
            requireExists(before, from, "renamed");
            Organization after = before.renamed(newName, from);
            context.validator.check(after);
            tx.organizations().update(after, stored.version());
            events.add(new ChangeEvent.OrganizationChanged(before, after, from));
            record(
                    tx,
                    events,
                    OrganizationChange.of(
                            OrganizationChangeKind.RENAMED, from, List.of(id), List.of(id), Optional.empty()));
            return after;
        });
    }

    @Override
    public OrganizationChange dissolve(OrganizationId id, LocalDate on, Optional<String> description) {
        requireNonNull(id, "organization");
        requireNonNull(on, "on");
        requireNonNull(description, "description");
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_ORGANIZATION, EntityKind.ORGANIZATION, id);
            end(tx, events, UseCases.requireOrganization(tx, id), on);
            return record(
                    tx,
                    events,
                    OrganizationChange.of(OrganizationChangeKind.DISSOLVED, on, List.of(id), List.of(), description));
        });
    }

    @Override
    public OrganizationChange merge(
            List<OrganizationId> originals, Organization result, LocalDate on, Optional<String> description) {
        List<OrganizationId> before = distinct(originals, "originals");
        requireNonNull(result, "result");
        requireNonNull(on, "on");
        requireNonNull(description, "description");
        requireNotDissolved(List.of(result));
        context.validator.check(result);
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_ORGANIZATION, EntityKind.ORGANIZATION, result.id());
            for (OrganizationId original : before) {
                context.authorize(Action.CHANGE_ORGANIZATION, EntityKind.ORGANIZATION, original);
                requireNotEnded(UseCases.requireOrganization(tx, original).value(), on, "merged");
            }
            store(tx, events, result, before, on);
            for (OrganizationId original : before) {
                if (!original.equals(result.id())) {
                    end(tx, events, UseCases.requireOrganization(tx, original), on);
                }
            }
            return record(
                    tx,
                    events,
                    OrganizationChange.of(
                            OrganizationChangeKind.MERGED, on, before, List.of(result.id()), description));
        });
    }

    @Override
    public OrganizationChange split(
            OrganizationId original, List<Organization> results, LocalDate on, Optional<String> description) {
        requireNonNull(original, "original");
        List<OrganizationId> after = distinct(
                requireNonNull(results, "results").stream()
                        .map(Organization::id)
                        .toList(),
                "results");
        requireNonNull(on, "on");
        requireNonNull(description, "description");
        requireNotDissolved(results);
        results.forEach(context.validator::check);
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_ORGANIZATION, EntityKind.ORGANIZATION, original);
            requireNotEnded(UseCases.requireOrganization(tx, original).value(), on, "split");
            for (Organization result : results) {
                store(tx, events, result, List.of(original), on);
            }
            if (!after.contains(original)) {
                end(tx, events, UseCases.requireOrganization(tx, original), on);
            }
            return record(
                    tx,
                    events,
                    OrganizationChange.of(OrganizationChangeKind.SPLIT, on, List.of(original), after, description));
        });
    }

    @Override
    public List<OrganizationChange> history(OrganizationId organization) {
        requireNonNull(organization, "organization");
        return context.store.read(r -> r.organizations().changesOf(organization));
    }

    @Override
    public Optional<LocalizedText> nameOn(OrganizationId organization, LocalDate day) {
        requireNonNull(organization, "organization");
        requireNonNull(day, "day");
        return context.store
                .read(r -> r.organizations().organization(organization))
                .map(o -> o.nameOn(day));
    }

    /**
     * Stores a result of a merger or split: a new one as given; an original that continues keeps what is stored and,
     * if the result has another name, is renamed from the day.
     */
    private void store(
            StoreTransaction tx,
            List<ChangeEvent> events,
            Organization result,
            List<OrganizationId> originals,
            LocalDate on) {
        Optional<Versioned<Organization>> stored = tx.organizations().find(result.id());
        if (stored.isEmpty()) {
            tx.organizations().insert(result);
            return;
        }
        if (!originals.contains(result.id())) {
            throw new NetworkException("organization " + result.id()
                    + " is stored already and is not an original of the change: a result is new or an original");
        }
        Organization before = stored.get().value();
        if (!before.name().equals(result.name())) {
            Organization renamed = before.renamed(result.name(), on);
            context.validator.check(renamed);
            tx.organizations().update(renamed, stored.get().version());
            events.add(new ChangeEvent.OrganizationChanged(before, renamed, on));
        }
    }

    /**
     * Ends an organization on a day: dissolved from it, its memberships withdrawn on it, its seats held to the day
     * before.
     */
    private void end(StoreTransaction tx, List<ChangeEvent> events, Versioned<Organization> stored, LocalDate on) {
        Organization organization = stored.value();
        requireNotEnded(organization, on, "ended");
        for (Membership membership : tx.memberships().membershipsOf(organization.id())) {
            StatusChange latest = membership.latest();
            if (membership.status().isFinal()) {
                if (latest.date().isAfter(on)) {
                    throw new OrganizationEndedException("organization " + organization.id() + " cannot end on "
                            + on + ": its membership " + membership.id() + " in network " + membership.network()
                            + " lasted until " + latest.date() + "; end it on or after that day");
                }
                continue;
            }
            if (latest.date().isAfter(on)) {
                throw new OrganizationEndedException("organization " + organization.id() + " cannot end on " + on
                        + ": its membership " + membership.id() + " in network " + membership.network()
                        + " is " + latest.status() + " from " + latest.date() + "; settle it first");
            }
            // Ending an organization withdraws it from every network: each is a change of that network's roster.
            context.authorize(
                    Action.CHANGE_PARTICIPATION, EntityKind.MEMBERSHIP, membership.id(), membership.network());
            Membership withdrawn = membership.moveTo(
                    new StatusChange(MembershipStatus.WITHDRAWN, on, Optional.of("the organization ended on " + on)));
            context.validator.check(withdrawn);
            Membership saved = tx.memberships().update(withdrawn);
            events.add(new ChangeEvent.MembershipChanged(saved, membership.status()));
        }
        for (NetworkId network : tx.networks().ids()) {
            endSeats(tx, events, network, organization.id(), on);
        }
        Organization dissolved = organization.toBuilder().dissolved(on).build();
        context.validator.check(dissolved);
        tx.organizations().update(dissolved, stored.version());
        events.add(new ChangeEvent.OrganizationChanged(organization, dissolved, on));
    }

    private void endSeats(
            StoreTransaction tx, List<ChangeEvent> events, NetworkId network, OrganizationId id, LocalDate on) {
        GovernancePort governance = tx.governance();
        long boardVersion = governance.boardVersion(network);
        boolean changed = false;
        boolean advanced = false;
        for (BoardSeat listed : governance.board(network).seats()) {
            if (!listed.organization().equals(id)) {
                continue;
            }
            Versioned<BoardSeat> stored = governance
                    .seat(network, listed.id())
                    .orElseThrow(() -> new NotFoundException("board seat", listed.id()));
            BoardSeat seat = stored.value();
            if (seat.term().end().filter(end -> end.isBefore(on)).isPresent()) {
                continue;
            }
            if (!changed) {
                // A seat it still holds ends: a change of that network's board.
                context.authorize(Action.APPOINT, EntityKind.BOARD, network, network);
            }
            if (!seat.term().start().isBefore(on)) {
                throw new OrganizationEndedException("organization " + id + " cannot end on " + on + ": its seat "
                        + seat.id() + " on the board of " + network + " starts on "
                        + seat.term().start()
                        + "; settle it first");
            }
            BoardSeat ended = seat.endingOn(on.minusDays(1));
            context.validator.check(governance.board(network).withSeat(ended));
            if (seat.chair() && !advanced) {
                governance.advanceBoard(network, boardVersion);
                advanced = true;
            }
            governance.updateSeat(network, ended, stored.version());
            changed = true;
        }
        if (changed) {
            events.add(new ChangeEvent.BoardChanged(network, governance.board(network)));
        }
    }

    private OrganizationChange record(StoreTransaction tx, List<ChangeEvent> events, OrganizationChange change) {
        context.validator.check(change);
        tx.organizations().recordChange(change);
        events.add(new ChangeEvent.OrganizationChangeRecorded(change));
        return change;
    }

    private static void requireExists(Organization organization, LocalDate day, String what) {
        if (!organization.existsOn(day)) {
            throw new OrganizationEndedException("organization " + organization.id() + " cannot be " + what + " on "
                    + day + ": it was dissolved on " + organization.dissolved().orElseThrow());
        }
    }

    /** An organization ends once: whether on an earlier or a later day, a second end is refused. */
    private static void requireNotEnded(Organization organization, LocalDate day, String what) {
        if (organization.dissolved().isPresent()) {
            throw new OrganizationEndedException("organization " + organization.id() + " cannot be " + what + " on "
                    + day + ": it was dissolved on " + organization.dissolved().get() + " already");
        }
    }

    private static void requireNotDissolved(List<Organization> results) {
        for (Organization result : results) {
            if (result.dissolved().isPresent()) {
                throw new IllegalArgumentException("the result " + result.id() + " of a change is dissolved on "
                        + result.dissolved().get() + ": a result exists from the day of the change");
            }
        }
    }

    private static List<OrganizationId> distinct(List<OrganizationId> ids, String what) {
        List<OrganizationId> copy = List.copyOf(requireNonNull(ids, what));
        if (copy.size() < 2) {
            throw new IllegalArgumentException(what + " must be two or more organizations, got " + copy);
        }
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException(what + " must name each organization once, got " + copy);
        }
        return copy;
    }
}
