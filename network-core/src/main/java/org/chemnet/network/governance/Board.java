package org.chemnet.network.governance;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.validation.OneChairAtATime;

/**
 * A network's management board: seats held by member organizations over time, at most one of them the chair on any
 * day. The board decides the content of the network's activities.
 *
 * @param name the board's name, such as "Management Board"; never null
 * @param seats every seat, past and present; never null
 * @since 0.1.0
 */
@OneChairAtATime
@API(status = STABLE, since = "0.1.0")
public record Board(@Valid LocalizedText name, List<@Valid BoardSeat> seats) {
    /**
     * Creates a board.
     *
     * @throws NullPointerException if a component is null or the seats hold null
     */
    public Board {
        requireNonNull(name, "name");
        seats = List.copyOf(seats);
    }

    /**
     * A board with no seats yet, named "Management Board".
     *
     * @return the board; never null
     */
    public static Board empty() {
        return new Board(LocalizedText.jaEn("運営委員会", "Management Board"), List.of());
    }

    /**
     * The seats held on a day.
     *
     * @param day the day
     * @return the seats whose term covers the day; never null
     */
    public List<BoardSeat> seatsOn(LocalDate day) {
        return seats.stream().filter(seat -> seat.term().covers(day)).toList();
    }

    /**
     * The chair on a day.
     *
     * @param day the day
     * @return the chair's seat, or empty if no seat chairs the board that day; never null
     */
    public Optional<BoardSeat> chairOn(LocalDate day) {
        return seatsOn(day).stream().filter(BoardSeat::chair).findFirst();
    }

    /**
     * This board with one seat added or, if a seat with its id exists, replaced.
     *
     * @param seat the seat
     * @return a new board; never null
     */
    public Board withSeat(BoardSeat seat) {
        requireNonNull(seat, "seat");
        List<BoardSeat> changed = new java.util.ArrayList<>(seats);
        changed.removeIf(s -> s.id().equals(seat.id()));
        changed.add(seat);
        return new Board(name, changed);
    }
}
