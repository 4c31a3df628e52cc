package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.organization.FormerName;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.validation.NameHistory;

/** Checks {@link NameHistory}. */
@API(status = INTERNAL, since = "0.1.0")
public final class NameHistoryValidator implements ConstraintValidator<NameHistory, Organization> {
    @Override
    public boolean isValid(Organization value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context);
        List<FormerName> names = value.formerNames();
        Optional<LocalDate> dissolved = value.dissolved();
        for (int i = 0; i < names.size(); i++) {
            LocalDate lastDay = names.get(i).lastDay();
            if (i > 0 && !lastDay.isAfter(names.get(i - 1).lastDay())) {
                violations.on("formerNames", i, "lastDay", "NameHistory.order");
            }
            if (dissolved.isPresent() && !lastDay.isBefore(dissolved.get())) {
                violations.on("formerNames", i, "lastDay", "NameHistory.dissolved");
            }
        }
        return violations.valid();
    }
}
