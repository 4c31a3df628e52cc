package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationId;
import org.chemnet.network.registration.RegistrationRules;

/**
 * The store port for registrations: each occasion's rules, a versioned row, and its registrations. The use cases
 * change an occasion's registrations only after advancing its rules' version ({@link #saveRules}) in the same
 * transaction, so the rules' version is the guard of every change to them: the port need not version registrations
 * of their own. Contract suite: {@code RegistrationsContract}.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public interface RegistrationPort {
    /**
     * An occasion's rules with their version.
     *
     * @param occasion the occasion
     * @return the rules, if it was opened for registration; never null
     */
    Optional<Versioned<RegistrationRules>> rules(Occasion occasion);

    /**
     * Stores an occasion's rules if nobody changed them since they were read: inserts them at version 1 when {@code
     * expectedVersion} is 0, else replaces them and advances the version by one. Saving the same rules advances the
     * version too: that is how a change of registrations takes its turn.
     *
     * @param rules the rules
     * @param expectedVersion the version that was read; 0 if there were none
     * @return the new version
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if the stored version is not the one expected (an
     *     occasion without rules is at version 0)
     */
    long saveRules(RegistrationRules rules, long expectedVersion);

    /**
     * A registration.
     *
     * @param id the registration
     * @return it, if stored; never null
     */
    Optional<Registration> registration(RegistrationId id);

    /**
     * The registrations of an occasion, by sequence.
     *
     * @param occasion the occasion
     * @return the registrations; never null
     */
    List<Registration> registrations(Occasion occasion);

    /**
     * The registrations a person made, for any occasion, in the order they were made.
     *
     * @param person the person
     * @return the registrations; never null
     */
    List<Registration> registrationsOf(org.chemnet.network.organization.PersonId person);

    /**
     * Inserts a registration.
     *
     * @param registration the registration, with the next sequence of its occasion
     * @throws org.chemnet.network.kernel.ConcurrentUpdateException if one with its identifier, or its occasion and
     *     sequence, is stored already
     */
    void insert(Registration registration);

    /**
     * Replaces a stored registration: its status, attendance and promotion.
     *
     * @param registration the registration
     * @throws NetworkStorageException if it is not stored
     */
    void update(Registration registration);
}
