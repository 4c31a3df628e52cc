package org.chemnet.network.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.chemnet.network.organization.CheckDigits;
import org.chemnet.network.organization.Identifier;
import org.chemnet.network.validation.CheckedIdentifier;

/** Checks {@link CheckedIdentifier}. */
@API(status = INTERNAL, since = "0.1.0")
public final class CheckedIdentifierValidator implements ConstraintValidator<CheckedIdentifier, Identifier> {
    @Override
    public boolean isValid(Identifier value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return switch (value.scheme()) {
            case Identifier.JP_CORPORATE_NUMBER ->
                report(CheckDigits.isCorporateNumber(value.value()), context, "CheckedIdentifier.corporateNumber");
            case Identifier.LEI -> report(CheckDigits.isLei(value.value()), context, "CheckedIdentifier.lei");
            default -> true;
        };
    }

    private static boolean report(boolean valid, ConstraintValidatorContext context, String key) {
        if (!valid) {
            new Violations(context).on("value", key);
        }
        return valid;
    }
}
