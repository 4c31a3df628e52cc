package org.chemnet.network.registration;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;

/**
 * The rules of registering for an occasion: how many places there are and who may take them. Registration is open
 * for an occasion once it has rules.
 *
 * @param occasion the event or seminar; never null
 * @param network the network it belongs to; never null
 * @param capacity how many places; empty for no limit; never null
 * @param eligibility who may register; never null
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public record RegistrationRules(
        Occasion occasion, NetworkId network, Optional<@Positive Integer> capacity, Eligibility eligibility) {
    /**
     * Creates the rules.
     *
     * @throws NullPointerException if a component is null
     */
    public RegistrationRules {
        requireNonNull(occasion, "occasion");
        requireNonNull(network, "network");
        requireNonNull(capacity, "capacity");
        requireNonNull(eligibility, "eligibility");
    }

    /**
     * Tells whether one more confirmed registration fits.
     *
     * @param confirmed how many registrations are confirmed
     * @return true if there is no limit or fewer are confirmed than there are places
     */
    public boolean hasPlaceBeside(long confirmed) {
        return capacity.isEmpty() || confirmed < capacity.get();
    }
}
