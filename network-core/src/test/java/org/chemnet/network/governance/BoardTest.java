package org.chemnet.network.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.chemnet.network.TestData;
import org.chemnet.network.common.Period;
import org.junit.jupiter.api.Test;

class BoardTest {
    @Test
    void answersTheSeatsAndChairOfADay() {
        BoardSeat chair = TestData.board().seats().get(0).endingOn(LocalDate.of(2020, 3, 31));
        BoardSeat next = new BoardSeat(
                BoardSeatId.of("seat2"), TestData.HOST, Optional.empty(), Period.from(LocalDate.of(2020, 4, 1)), true);
        Board board = TestData.board().withSeat(chair).withSeat(next);

        assertThat(board.seats()).hasSize(2);
        assertThat(board.chairOn(LocalDate.of(2020, 3, 31))).contains(chair);
        assertThat(board.chairOn(LocalDate.of(2020, 4, 1))).contains(next);
        assertThat(board.seatsOn(LocalDate.of(2019, 3, 31))).isEmpty();
        assertThat(board.chairOn(LocalDate.of(2019, 3, 31))).isEmpty();
        assertThat(Board.empty().seats()).isEmpty();
    }
}
