package org.chemnet.network.registration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;

/**
 * The registration use cases: open an occasion for registration, register, cancel, record attendance, and read the
 * registrations and the turnout.
 *
 * <p>Every change to an occasion's registrations is one versioned change of the occasion's rules, so that any number
 * of runtimes over one store agree: registrations take the places in the order they commit, and no place is given
 * twice. A registration that gets a place is confirmed; one that finds the places taken waits on the waitlist, and a
 * freed place (a cancellation, more capacity) goes to the first waiting, in the order they registered. When the
 * runtime records notices, the registrant person is told by mail through the outbox, in their language, of each
 * confirmation, each place on the waitlist and each promotion, once: in the change's own transaction.
 *
 * <p>Get it from {@code NetworkRuntime.registrations()}.
 *
 * @since 0.5.0
 */
@API(status = EXPERIMENTAL, since = "0.5.0")
public interface Registrations {
    /**
     * Opens an occasion for registration, or changes its rules: more places give the freed ones to the waitlist at
     * once, in order.
     *
     * @param network the network of the occasion
     * @param occasion the event or seminar
     * @param capacity how many places; empty for no limit
     * @param eligibility who may register
     * @return the rules, as stored; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the network or the occasion is not stored, or the
     *     occasion belongs to another network
     * @throws org.chemnet.network.validation.NetworkValidationException if the capacity is not positive, or is below
     *     the number of confirmed registrations (field {@code capacity}, rule {@code CapacityNotBelowConfirmed})
     */
    RegistrationRules open(NetworkId network, Occasion occasion, Optional<Integer> capacity, Eligibility eligibility);

    /**
     * Registers for an occasion: confirmed if a place is free, else on the waitlist.
     *
     * @param occasion the occasion
     * @param registrant who registers
     * @return the registration, confirmed or waitlisted; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the organization or the person is not stored
     * @throws RegistrationRefusedException if registration is not open (also when the occasion is not stored), the
     *     occasion is over, the registrant is not eligible, or holds an open registration already
     * @throws org.chemnet.network.access.AccessDeniedException if the actor may not register the person, or act for
     *     the organization, the registrant names
     */
    Registration register(Occasion occasion, Registrant registrant);

    /**
     * Cancels a registration. A confirmed one frees its place, which goes to the first on the waitlist.
     *
     * @param registration the registration
     * @return the registration, cancelled; never null
     * @throws org.chemnet.network.kernel.NotFoundException if it is not stored
     * @throws RegistrationRefusedException if it was cancelled already, or the occasion is over (its registrations
     *     are kept as they were)
     */
    Registration cancel(RegistrationId registration);

    /**
     * Records whether a confirmed registrant came, or corrects what was recorded.
     *
     * @param registration the registration
     * @param attendance present or no-show
     * @return the registration with its attendance; never null
     * @throws org.chemnet.network.kernel.NotFoundException if it is not stored
     * @throws RegistrationRefusedException if it is not confirmed, or the occasion's first day is still to come
     */
    Registration recordAttendance(RegistrationId registration, Attendance attendance);

    /**
     * The rules of an occasion.
     *
     * @param occasion the occasion
     * @return the rules, if it is open for registration; never null
     */
    Optional<RegistrationRules> rules(Occasion occasion);

    /**
     * A registration.
     *
     * @param registration the registration
     * @return it, if stored; never null
     */
    Optional<Registration> registration(RegistrationId registration);

    /**
     * The registrations of an occasion, cancelled ones too, in the order they were registered: the waitlisted ones
     * in this order are the waitlist.
     *
     * @param occasion the occasion
     * @return the registrations; never null
     * @throws org.chemnet.network.access.AccessDeniedException if the actor may not read the registrants' personal
     *     data
     */
    List<Registration> registrations(Occasion occasion);

    /**
     * How many took part in an occasion, from how many countries: counted from attendance once any is recorded,
     * else from the confirmed registrations, else as recorded with the event or seminar.
     *
     * @param occasion the occasion
     * @return the turnout; never null
     * @throws org.chemnet.network.kernel.NotFoundException if the occasion is not stored
     */
    Turnout turnout(Occasion occasion);
}
