package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.validation.OneChairAtATime;

/** Checks {@link OneChairAtATime}. */
@API(status = INTERNAL, since = "0.1.0")
public final class OneChairAtATimeValidator implements ConstraintValidator<OneChairAtATime, Board> {
    @Override
    public boolean isValid(Board value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context);
        List<BoardSeat> seats = value.seats();
        for (int i = 0; i < seats.size(); i++) {
            if (seats.get(i).chair() && overlapsEarlierChair(seats, i)) {
                violations.on("seats", i, "chair", "OneChairAtATime.message");
            }
        }
        return violations.valid();
    }

    private static boolean overlapsEarlierChair(List<BoardSeat> seats, int index) {
        BoardSeat seat = seats.get(index);
        for (int j = 0; j < index; j++) {
            BoardSeat other = seats.get(j);
            if (other.chair() && other.term().overlaps(seat.term())) {
                return true;
            }
        }
        return false;
    }
}
