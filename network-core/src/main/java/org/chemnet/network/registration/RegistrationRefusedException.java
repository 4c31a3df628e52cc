package org.chemnet.network.registration;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkException;

/**
 * Thrown when a registration, a cancellation or an attendance is refused; nothing is stored then.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public final class RegistrationRefusedException extends NetworkException {
    private static final long serialVersionUID = 1L;

    /** Why it was refused. */
    @API(status = EXPERIMENTAL, since = "0.5.0")
    public enum Reason {
        /** The occasion has no registration rules: registration is not open. */
        NOT_OPEN,
        /** The occasion's last day is past. */
        OCCASION_OVER,
        /** The rules admit participants only and the registrant names no organization participating that day. */
        NOT_ELIGIBLE,
        /** The registrant holds an open registration for the occasion already. */
        ALREADY_REGISTERED,
        /** The registration was cancelled already. */
        ALREADY_CANCELLED,
        /** Attendance is recorded only for a confirmed registration. */
        NOT_CONFIRMED,
        /** Attendance is recorded from the occasion's first day on. */
        NOT_STARTED
    }

    /** Why. */
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param message the reason in words, naming the registrant or registration and the occasion
     */
    public RegistrationRefusedException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    /**
     * Why it was refused.
     *
     * @return the reason; never null
     */
    public Reason reason() {
        return reason;
    }
}
