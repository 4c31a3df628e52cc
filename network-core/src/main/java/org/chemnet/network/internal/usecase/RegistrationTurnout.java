package org.chemnet.network.internal.usecase;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.registration.Attendance;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationStatus;
import org.chemnet.network.registration.Turnout;
import org.chemnet.network.spi.StoreTransaction;

/**
 * Counts an occasion's turnout from its registrations: from attendance once any is recorded, else from the confirmed
 * registrations, else the turnout recorded with the occasion. Countries are those of the registered organizations'
 * seats. Not part of the API.
 */
final class RegistrationTurnout {
    private RegistrationTurnout() {}

    static Turnout of(StoreTransaction tx, List<Registration> registrations, Turnout recorded) {
        boolean attendanceRecorded =
                registrations.stream().anyMatch(r -> r.attendance().isPresent());
        if (attendanceRecorded) {
            return count(
                    tx,
                    registrations,
                    r -> r.attendance().equals(Optional.of(Attendance.PRESENT)),
                    Turnout.Source.ATTENDED);
        }
        boolean anyConfirmed = registrations.stream().anyMatch(r -> r.status() == RegistrationStatus.CONFIRMED);
        if (anyConfirmed) {
            return count(tx, registrations, r -> r.status() == RegistrationStatus.CONFIRMED, Turnout.Source.REGISTERED);
        }
        return recorded;
    }

    private static Turnout count(
            StoreTransaction tx,
            List<Registration> registrations,
            Predicate<Registration> counted,
            Turnout.Source source) {
        int participants = 0;
        Set<OrganizationId> organizations = new HashSet<>();
        for (Registration registration : registrations) {
            if (counted.test(registration)) {
                participants++;
                registration.registrant().organization().ifPresent(organizations::add);
            }
        }
        Set<String> countries = new HashSet<>();
        tx.organizations()
                .findOrganizations(List.copyOf(organizations))
                .values()
                .forEach(o -> o.value().country().ifPresent(countries::add));
        return new Turnout(Optional.of(participants), Optional.of(countries.size()), source);
    }
}
