package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.Optional;
import java.util.Set;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.internal.Checks;
import org.chemnet.network.organization.OrganizationType;

/**
 * Who may take part in a network and how: who may apply, what it costs, what the applicant must agree to, and who
 * approves.
 *
 * @param organizationsOnly true if only organizations may apply, never a person (the Japanese network's rule)
 * @param eligibleTypes the organization types that may apply; never null
 * @param fee the participation fee, {@link Fee#free()} when free; empty where the network does not say; never null
 * @param requiredAgreement what an applicant must agree to, such as the network's purpose; never null
 * @param approver who decides on applications; never null
 * @since 0.1.0
 */
public record MembershipPolicy(
        boolean organizationsOnly,
        @NotEmpty Set<OrganizationType> eligibleTypes,
        Optional<@Valid Fee> fee,
        Optional<@Valid LocalizedText> requiredAgreement,
        Approver approver) {

    /**
     * Creates a policy.
     *
     * @throws NullPointerException if a component is null
     */
    public MembershipPolicy {
        eligibleTypes = Checks.enumSet(eligibleTypes, OrganizationType.class);
        requireNonNull(fee, "fee");
        requireNonNull(requiredAgreement, "requiredAgreement");
        requireNonNull(approver, "approver");
    }

    /**
     * Tells whether an organization of a type may apply.
     *
     * @param type the organization's type
     * @return true if the type is eligible
     */
    public boolean admits(OrganizationType type) {
        return eligibleTypes.contains(type);
    }
}
