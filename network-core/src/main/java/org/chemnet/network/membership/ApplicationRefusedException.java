package org.chemnet.network.membership;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when an application is refused before it is recorded, with the reason.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class ApplicationRefusedException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** Why an application is refused. */
    public enum Reason {
        /**
         * A person applied. A network whose policy says only organizations may apply refuses it for that reason;
         * the others too, since participation is kept by organization: a person applies on behalf of theirs.
         */
        APPLICANT_IS_A_PERSON,
        /** The organization's type is not one the policy admits. */
        INELIGIBLE_TYPE,
        /** The applicant did not agree to what the policy requires. */
        AGREEMENT_MISSING,
        /** The organization has an application waiting in this network and role. */
        APPLICATION_OPEN,
        /** The organization already takes part (approved, active or suspended) in this network and role. */
        ALREADY_PARTICIPATING,
        /**
         * The organization is dissolved (merged into another, split up): a dissolution of it is recorded.
         *
         * @since 0.3.0
         */
        ORGANIZATION_DISSOLVED,
        /**
         * An organization that holds no open membership in the network tried to agree to its policy.
         *
         * @since 0.4.0
         */
        NOT_A_PARTICIPANT
    }

    /** Why. */
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param message the reason in words, naming the applicant and the network
     */
    public ApplicationRefusedException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    /**
     * Why the application was refused.
     *
     * @return the reason; never null
     */
    public Reason reason() {
        return reason;
    }
}
