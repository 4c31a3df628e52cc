package org.chemnet.network.governance;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.Period;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;

/**
 * A seat on a network's board, held by a member organization through its representative for one term. A seat that
 * names no representative is held <em>ex officio</em>: whoever heads the organization on a day (its {@code HEAD}
 * affiliation, {@code Affiliations.headOn}) sits for it that day, so the seat follows the head when the head
 * changes. {@code Governance.sittingOn} tells who sat on any day.
 *
 * @param id the identifier; never null
 * @param organization the board member organization; never null
 * @param representative the person who sits for it; empty for a seat held ex officio by the organization's head;
 *     never null
 * @param term the days the seat is held, both inclusive; never null
 * @param chair true if this seat chairs the board during its term
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record BoardSeat(
        BoardSeatId id,
        OrganizationId organization,
        Optional<PersonId> representative,
        @Valid Period term,
        boolean chair) {
    /**
     * Creates a seat.
     *
     * @throws NullPointerException if a component is null
     */
    public BoardSeat {
        requireNonNull(id, "id");
        requireNonNull(organization, "organization");
        requireNonNull(representative, "representative");
        requireNonNull(term, "term");
    }

    /**
     * This seat with its term ended on a day.
     *
     * @param lastDay the last day the seat is held
     * @return a new seat; never null
     */
    public BoardSeat endingOn(java.time.LocalDate lastDay) {
        return new BoardSeat(id, organization, representative, term.endingOn(lastDay), chair);
    }

    /**
     * Tells whether the seat is held ex officio, by the organization's head on each day: it names no representative.
     *
     * @return true if it names no representative
     * @since 0.5.0
     */
    public boolean exOfficio() {
        return representative.isEmpty();
    }
}
