package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.chemnet.network.common.DateRange;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.validation.Chronological;

/** Checks {@link Chronological}. */
@API(status = INTERNAL, since = "0.1.0")
public final class ChronologicalValidator implements ConstraintValidator<Chronological, DateRange> {
    @Override
    public boolean isValid(DateRange value, ConstraintValidatorContext context) {
        if (value == null || value.end().isEmpty() || !value.end().get().isBefore(value.start())) {
            return true;
        }
        new Violations(context).on(value instanceof Endorsement ? "withdrawnOn" : "end", "Chronological.message");
        return false;
    }
}
