package org.chemnet.network.internal.graph;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.affiliation.AffiliationRole;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.organization.PersonId;

/**
 * The heads of an organization and who sat on a board seat: one rule for the use cases, which read a store, and for
 * the rules of a graph, which read what came before in it. Not part of the API.
 */
@API(status = INTERNAL, since = "0.5.0")
public final class Heads {
    private Heads() {}

    /**
     * The head among an organization's affiliations on a day.
     *
     * @param affiliations the organization's affiliations
     * @param day the day
     * @return the head's affiliation, if any
     */
    public static Optional<Affiliation> on(Collection<Affiliation> affiliations, LocalDate day) {
        return affiliations.stream()
                .filter(a -> a.role() == AffiliationRole.HEAD && a.period().covers(day))
                .findFirst();
    }

    /**
     * Another head whose period overlaps that of a head added: an organization has one head at a time.
     *
     * @param others the organization's other affiliations
     * @param added the affiliation added or changed
     * @return the first head it overlaps; empty if none, or if it is not a head
     */
    public static Optional<Affiliation> overlapping(Collection<Affiliation> others, Affiliation added) {
        if (added.role() != AffiliationRole.HEAD) {
            return Optional.empty();
        }
        return others.stream()
                .filter(a -> a.role() == AffiliationRole.HEAD
                        && !a.id().equals(added.id())
                        && a.period().overlaps(added.period()))
                .findFirst();
    }

    /**
     * Who sat on a seat on a day: its named representative, or for an ex officio seat its organization's head that
     * day.
     *
     * @param seat the seat
     * @param day the day
     * @param affiliations the affiliations of the seat's organization, read only for an ex officio seat
     * @return the person; empty if the seat's term does not cover the day or nobody headed the organization
     */
    public static Optional<PersonId> sitter(
            BoardSeat seat, LocalDate day, Supplier<? extends Collection<Affiliation>> affiliations) {
        if (!seat.term().covers(day)) {
            return Optional.empty();
        }
        if (seat.representative().isPresent()) {
            return seat.representative();
        }
        return on(affiliations.get(), day).map(Affiliation::person);
    }
}
