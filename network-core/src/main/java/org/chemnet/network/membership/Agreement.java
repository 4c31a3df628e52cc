package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.OrganizationId;

/**
 * An organization's agreement to what a network's policy requires, such as its purpose: which text, in which version,
 * and on which day. Recorded when it applies, and again each time it agrees to a new version.
 *
 * @param network the network
 * @param organization the organization that agreed
 * @param text the text it agreed to, as the policy held it that day
 * @param version the text's version; empty if the policy gave none
 * @param agreedOn the day
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public record Agreement(
        NetworkId network,
        OrganizationId organization,
        LocalizedText text,
        Optional<String> version,
        LocalDate agreedOn) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Agreement {
        requireNonNull(network, "network");
        requireNonNull(organization, "organization");
        requireNonNull(text, "text");
        requireNonNull(version, "version");
        requireNonNull(agreedOn, "agreedOn");
    }

    /**
     * Tells whether this is an agreement to what a policy requires now: to its version, where the policy gives its
     * agreement a version (so that a corrected typo or a new translation asks nobody again); to the same text, where
     * it gives none.
     *
     * @param policy the policy
     * @return true if the policy requires nothing, or this
     */
    public boolean covers(MembershipPolicy policy) {
        if (policy.requiredAgreement().isEmpty()) {
            return true;
        }
        return policy.agreementVersion().isPresent()
                ? policy.agreementVersion().equals(version)
                : version.isEmpty() && policy.requiredAgreement().get().equals(text);
    }
}
