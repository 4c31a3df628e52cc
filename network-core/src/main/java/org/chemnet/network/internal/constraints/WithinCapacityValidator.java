package org.chemnet.network.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.validation.WithinCapacity;

/** Checks {@link WithinCapacity}. */
public final class WithinCapacityValidator implements ConstraintValidator<WithinCapacity, Seminar> {
    @Override
    public boolean isValid(Seminar value, ConstraintValidatorContext context) {
        if (value == null || value.registered() <= value.capacity()) {
            return true;
        }
        new Violations(context).on("registered", "WithinCapacity.message");
        return false;
    }
}
