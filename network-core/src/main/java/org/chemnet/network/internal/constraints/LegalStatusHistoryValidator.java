package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.validation.LegalStatusHistory;

/** Checks {@link LegalStatusHistory}. */
@API(status = INTERNAL, since = "0.1.0")
public final class LegalStatusHistoryValidator implements ConstraintValidator<LegalStatusHistory, Membership> {
    @Override
    public boolean isValid(Membership value, ConstraintValidatorContext context) {
        if (value == null || value.history().isEmpty()) {
            return true;
        }
        Violations violations = new Violations(context);
        List<StatusChange> history = value.history();
        MembershipStatus first = history.get(0).status();
        if (first != MembershipStatus.APPLIED && first != MembershipStatus.ACTIVE) {
            violations.on("history", 0, "status", "LegalStatusHistory.first");
        }
        for (int i = 1; i < history.size(); i++) {
            StatusChange before = history.get(i - 1);
            StatusChange change = history.get(i);
            if (!before.status().canMoveTo(change.status())) {
                violations.on("history", i, "status", "LegalStatusHistory.transition");
            }
            if (change.date().isBefore(before.date())) {
                violations.on("history", i, "date", "LegalStatusHistory.backwards");
            }
        }
        return violations.valid();
    }
}
