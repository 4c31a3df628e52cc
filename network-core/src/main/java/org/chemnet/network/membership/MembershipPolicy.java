package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.internal.Checks;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.validation.PlainText;

/**
 * Who may take part in a network and how: who may apply, what it costs, what the applicant must agree to, and who
 * approves.
 *
 * @param organizationsOnly true if only organizations may apply, never a person (the Japanese network's rule)
 * @param eligibleTypes the organization types that may apply; never null
 * @param fee the participation fee, {@link Fee#free()} when free; empty where the network does not say; never null
 * @param requiredAgreement what an applicant must agree to, such as the network's purpose; never null
 * @param approver who decides on applications; never null
 * @param agreementVersion the version of the required agreement, such as {@code 2024}, 1 to 30 characters; empty for
 *     an agreement without versions. A network that gives its purpose a new version asks the participants that
 *     agreed to an earlier one to agree again ({@link Participation#agreementsOwed}).
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record MembershipPolicy(
        boolean organizationsOnly,
        @NotEmpty Set<OrganizationType> eligibleTypes,
        Optional<@Valid Fee> fee,
        Optional<@Valid LocalizedText> requiredAgreement,
        Approver approver,
        Optional<@PlainText(max = 30) String> agreementVersion) {

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
        requireNonNull(agreementVersion, "agreementVersion");
    }

    /**
     * Creates a policy whose agreement has no versions.
     *
     * @param organizationsOnly true if only organizations may apply
     * @param eligibleTypes the organization types that may apply
     * @param fee the participation fee
     * @param requiredAgreement what an applicant must agree to
     * @param approver who decides on applications
     */
    public MembershipPolicy(
            boolean organizationsOnly,
            Set<OrganizationType> eligibleTypes,
            Optional<Fee> fee,
            Optional<LocalizedText> requiredAgreement,
            Approver approver) {
        this(organizationsOnly, eligibleTypes, fee, requiredAgreement, approver, Optional.empty());
    }

    /**
     * This policy with another agreement, or a new version of it.
     *
     * @param text what an applicant must agree to
     * @param version its version
     * @return a policy like this one; never null
     * @since 0.4.0
     */
    public MembershipPolicy withAgreement(LocalizedText text, String version) {
        return new MembershipPolicy(
                organizationsOnly, eligibleTypes, fee, Optional.of(text), approver, Optional.of(version));
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
