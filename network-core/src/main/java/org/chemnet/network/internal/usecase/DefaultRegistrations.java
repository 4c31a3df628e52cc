package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.Person;
import org.chemnet.network.registration.Attendance;
import org.chemnet.network.registration.Eligibility;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registrant;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationId;
import org.chemnet.network.registration.RegistrationRefusedException;
import org.chemnet.network.registration.RegistrationRefusedException.Reason;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.registration.RegistrationStatus;
import org.chemnet.network.registration.Registrations;
import org.chemnet.network.registration.Turnout;
import org.chemnet.network.spi.RegistrationPort;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;

/** The registration use cases. Not part of the API. */
@API(status = INTERNAL, since = "0.5.0")
public final class DefaultRegistrations implements Registrations {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultRegistrations(UseCases context) {
        this.context = context;
    }

    @Override
    public RegistrationRules open(
            NetworkId network, Occasion occasion, Optional<Integer> capacity, Eligibility eligibility) {
        RegistrationRules rules =
                context.validator.check(new RegistrationRules(occasion, network, capacity, eligibility));
        return context.change((tx, events) -> {
            context.authorize(Action.OPEN_REGISTRATION, EntityKind.REGISTRATION, occasion, network);
            UseCases.requireNetwork(tx, network);
            Occasions facts = Occasions.of(tx, occasion);
            if (!facts.network().equals(network)) {
                throw new NotFoundException(
                        Occasions.label(occasion) + " of network " + network.value(), occasion.id());
            }
            RegistrationPort port = tx.registrations();
            long version = port.rules(occasion).map(Versioned::version).orElse(0L);
            port.saveRules(rules, version);
            List<Registration> registrations = port.registrations(occasion);
            long confirmed = count(registrations, RegistrationStatus.CONFIRMED);
            if (capacity.isPresent() && capacity.get() < confirmed) {
                throw new NetworkValidationException(List.of(new Violation(
                        "capacity",
                        "CapacityNotBelowConfirmed",
                        RuleMessages.format("CapacityNotBelowConfirmed", confirmed))));
            }
            events.add(new ChangeEvent.RegistrationOpened(rules));
            promote(tx, rules, facts, registrations, events);
            return rules;
        });
    }

    @Override
    public Registration register(Occasion occasion, Registrant registrant) {
        requireNonNull(occasion, "occasion");
        requireNonNull(registrant, "registrant");
        return context.change((tx, events) -> {
            RegistrationPort port = tx.registrations();
            Versioned<RegistrationRules> rules = port.rules(occasion)
                    .orElseThrow(() -> new RegistrationRefusedException(
                            Reason.NOT_OPEN, occasion + " is not open for registration"));
            NetworkId network = rules.value().network();
            authorize(Action.REGISTER, registrant, network);
            Occasions facts = Occasions.of(tx, occasion);
            LocalDate today = LocalDate.now(context.clock);
            if (facts.dates().end().filter(today::isAfter).isPresent()) {
                throw new RegistrationRefusedException(
                        Reason.OCCASION_OVER,
                        occasion + " ended on " + facts.dates().end().get());
            }
            registrant.organization().ifPresent(o -> UseCases.requireOrganization(tx, o));
            Optional<Person> person = registrant
                    .person()
                    .map(p -> tx.organizations().person(p).orElseThrow(() -> new NotFoundException("person", p)));
            if (rules.value().eligibility() == Eligibility.PARTICIPANTS
                    && !participates(tx, network, registrant, today)) {
                throw new RegistrationRefusedException(
                        Reason.NOT_ELIGIBLE,
                        occasion + " admits participants of network " + network.value()
                                + " only; " + describe(registrant) + " names no organization participating on "
                                + today);
            }
            port.saveRules(rules.value(), rules.version());
            List<Registration> registrations = port.registrations(occasion);
            for (Registration other : registrations) {
                if (other.isOpen() && other.registrant().sameAs(registrant)) {
                    throw new RegistrationRefusedException(
                            Reason.ALREADY_REGISTERED,
                            describe(registrant) + " is registered for " + occasion + " already: " + other.id());
                }
            }
            long confirmed = count(registrations, RegistrationStatus.CONFIRMED);
            RegistrationStatus status = rules.value().hasPlaceBeside(confirmed)
                    ? RegistrationStatus.CONFIRMED
                    : RegistrationStatus.WAITLISTED;
            long sequence = registrations.isEmpty()
                    ? 1
                    : registrations.get(registrations.size() - 1).sequence() + 1;
            Instant now = context.clock.instant().truncatedTo(ChronoUnit.MICROS);
            Registration registration = new Registration(
                    RegistrationId.random(),
                    occasion,
                    network,
                    registrant,
                    sequence,
                    status,
                    Optional.empty(),
                    now,
                    Optional.empty());
            port.insert(registration);
            events.add(new ChangeEvent.Registered(registration));
            long waiting = count(registrations, RegistrationStatus.WAITLISTED) + 1;
            person.ifPresent(p -> notice(
                    tx,
                    status == RegistrationStatus.CONFIRMED
                            ? Notices.Kind.REGISTRATION_CONFIRMED
                            : Notices.Kind.REGISTRATION_WAITLISTED,
                    p,
                    registration,
                    facts,
                    waiting));
            return registration;
        });
    }

    @Override
    public Registration cancel(RegistrationId id) {
        requireNonNull(id, "registration");
        return context.change((tx, events) -> {
            RegistrationPort port = tx.registrations();
            Registration before = port.registration(id).orElseThrow(() -> new NotFoundException("registration", id));
            authorize(Action.CANCEL_REGISTRATION, before.registrant(), before.network());
            Versioned<RegistrationRules> rules = rules(port, before);
            port.saveRules(rules.value(), rules.version());
            Registration current = port.registration(id).orElseThrow();
            if (!current.isOpen()) {
                throw new RegistrationRefusedException(
                        Reason.ALREADY_CANCELLED, "registration " + id + " was cancelled already");
            }
            Occasions facts = Occasions.of(tx, current.occasion());
            LocalDate today = LocalDate.now(context.clock);
            if (facts.dates().end().filter(today::isAfter).isPresent()) {
                throw new RegistrationRefusedException(
                        Reason.OCCASION_OVER,
                        current.occasion() + " ended on " + facts.dates().end().get()
                                + ": its registrations are kept as they were");
            }
            Registration cancelled = current.cancelled();
            port.update(cancelled);
            events.add(new ChangeEvent.RegistrationChanged(current, cancelled));
            if (current.status() == RegistrationStatus.CONFIRMED) {
                promote(tx, rules.value(), facts, port.registrations(current.occasion()), events);
            }
            return cancelled;
        });
    }

    @Override
    public Registration recordAttendance(RegistrationId id, Attendance attendance) {
        requireNonNull(id, "registration");
        requireNonNull(attendance, "attendance");
        return context.change((tx, events) -> {
            RegistrationPort port = tx.registrations();
            Registration before = port.registration(id).orElseThrow(() -> new NotFoundException("registration", id));
            context.authorize(Action.RECORD_ATTENDANCE, EntityKind.REGISTRATION, id, before.network());
            Versioned<RegistrationRules> rules = rules(port, before);
            port.saveRules(rules.value(), rules.version());
            Registration current = port.registration(id).orElseThrow();
            if (current.status() != RegistrationStatus.CONFIRMED) {
                throw new RegistrationRefusedException(
                        Reason.NOT_CONFIRMED,
                        "registration " + id + " is " + current.status() + ": attendance is recorded for confirmed"
                                + " registrations only");
            }
            Occasions facts = Occasions.of(tx, current.occasion());
            LocalDate today = LocalDate.now(context.clock);
            if (today.isBefore(facts.dates().start())) {
                throw new RegistrationRefusedException(
                        Reason.NOT_STARTED,
                        current.occasion() + " starts on " + facts.dates().start()
                                + ": attendance is recorded from then on");
            }
            Registration attended = current.attended(attendance);
            port.update(attended);
            events.add(new ChangeEvent.RegistrationChanged(current, attended));
            return attended;
        });
    }

    @Override
    public Optional<RegistrationRules> rules(Occasion occasion) {
        requireNonNull(occasion, "occasion");
        return context.store.read(r -> r.registrations().rules(occasion).map(Versioned::value));
    }

    @Override
    public Optional<Registration> registration(RegistrationId id) {
        requireNonNull(id, "registration");
        Optional<Registration> found = context.store.read(r -> r.registrations().registration(id));
        found.ifPresent(
                r -> context.authorizeRead(Action.READ_PERSONAL_DATA, EntityKind.REGISTRATION, r.id(), r.network()));
        return found;
    }

    @Override
    public List<Registration> registrations(Occasion occasion) {
        requireNonNull(occasion, "occasion");
        Optional<NetworkId> network = context.store.read(
                r -> r.registrations().rules(occasion).map(v -> v.value().network()));
        if (network.isEmpty()) {
            return List.of();
        }
        context.authorizeRead(Action.READ_PERSONAL_DATA, EntityKind.REGISTRATION, occasion, network.get());
        return context.store.read(r -> r.registrations().registrations(occasion));
    }

    @Override
    public Turnout turnout(Occasion occasion) {
        requireNonNull(occasion, "occasion");
        return context.store.read(r -> {
            Occasions facts = Occasions.of(r, occasion);
            return RegistrationTurnout.of(r, r.registrations().registrations(occasion), facts.recorded());
        });
    }

    /** Gives freed places to the waitlist, in order, telling each promoted person. */
    private void promote(
            StoreTransaction tx,
            RegistrationRules rules,
            Occasions facts,
            List<Registration> registrations,
            List<ChangeEvent> events) {
        long confirmed = count(registrations, RegistrationStatus.CONFIRMED);
        Instant now = context.clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (Registration waiting : registrations) {
            if (!rules.hasPlaceBeside(confirmed)) {
                return;
            }
            if (waiting.status() != RegistrationStatus.WAITLISTED) {
                continue;
            }
            Registration promoted = waiting.promoted(now);
            tx.registrations().update(promoted);
            events.add(new ChangeEvent.RegistrationChanged(waiting, promoted));
            confirmed++;
            waiting.registrant()
                    .person()
                    .flatMap(tx.organizations()::person)
                    .ifPresent(p -> notice(tx, Notices.Kind.REGISTRATION_PROMOTED, p, promoted, facts, 0));
        }
    }

    private void notice(
            StoreTransaction tx,
            Notices.Kind kind,
            Person person,
            Registration registration,
            Occasions facts,
            long waitlistPlace) {
        if (!context.notices) {
            return;
        }
        Optional<org.chemnet.network.common.LocalizedText> names =
                tx.networks().network(registration.network()).map(n -> n.name());
        Notices.send(
                tx,
                kind,
                person,
                locale -> new Object[] {
                    names.map(n -> n.resolve(locale))
                            .orElse(registration.network().value()),
                    facts.title().resolve(locale),
                    facts.days(),
                    waitlistPlace
                },
                LocalDate.now(context.clock),
                kind + "\n" + registration.id(),
                context.clock.instant());
    }

    private static Versioned<RegistrationRules> rules(RegistrationPort port, Registration registration) {
        return port.rules(registration.occasion())
                .orElseThrow(() -> new IllegalStateException(
                        "registration " + registration.id() + " has no rules for " + registration.occasion()));
    }

    private static boolean participates(StoreTransaction tx, NetworkId network, Registrant registrant, LocalDate day) {
        return registrant.organization().isPresent()
                && tx.memberships().membershipsOf(registrant.organization().get()).stream()
                        .anyMatch(m -> m.network().equals(network) && m.isActiveOn(day));
    }

    /**
     * Asks the policy for each party the registrant names: the person, and the organization on whose behalf they
     * act, so that nobody registers or cancels for an organization they may not act for.
     */
    private void authorize(Action action, Registrant registrant, NetworkId network) {
        registrant
                .person()
                .ifPresent(p -> context.authorize(action, EntityRef.of(EntityKind.PERSON, p), Optional.of(network)));
        registrant
                .organization()
                .ifPresent(
                        o -> context.authorize(action, EntityRef.of(EntityKind.ORGANIZATION, o), Optional.of(network)));
    }

    private static String describe(Registrant registrant) {
        List<String> parts = new ArrayList<>();
        registrant.person().ifPresent(p -> parts.add("person " + p));
        registrant.organization().ifPresent(o -> parts.add("organization " + o));
        return String.join(" of ", parts);
    }

    private static long count(List<Registration> registrations, RegistrationStatus status) {
        return registrations.stream().filter(r -> r.status() == status).count();
    }
}
