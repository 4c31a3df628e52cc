package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.validation.WithinCapacity;

/** Checks {@link WithinCapacity}. */
@API(status = INTERNAL, since = "0.1.0")
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
