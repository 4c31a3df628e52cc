package org.chemnet.network.governance;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.organization.PersonId;

/**
 * Who sat on a board seat on a day: the seat's named representative, or, for a seat held ex officio (one that names
 * no representative), whoever headed the organization that day.
 *
 * @param seat the seat, as stored; never null
 * @param person who sat for it that day, if anyone; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record Sitting(BoardSeat seat, Optional<PersonId> person) {
    /**
     * Creates a sitting.
     *
     * @throws NullPointerException if a component is null
     */
    public Sitting {
        requireNonNull(seat, "seat");
        requireNonNull(person, "person");
    }

    /**
     * Tells whether the seat is held ex officio: by the organization's head on each day, not by a named person.
     *
     * @return true if the seat names no representative
     */
    public boolean exOfficio() {
        return seat.exOfficio();
    }
}
