package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.affiliation.AffiliationId;
import org.chemnet.network.affiliation.AffiliationRole;
import org.chemnet.network.affiliation.Affiliations;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.Period;
import org.chemnet.network.internal.graph.Heads;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.AffiliationPort;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.NetworkValidator;
import org.chemnet.network.validation.Violation;

/**
 * The affiliation use cases. Affiliating and ending advance the organization's version first (as anything the
 * organization takes on does, so a dissolution at once never misses it), then read its affiliations and check the
 * one-head rule under it: two writers naming two heads for one day never both pass, and a last day moved later never
 * meets the next head. Not part of the API.
 */
@API(status = INTERNAL, since = "0.5.0")
public final class DefaultAffiliations implements Affiliations {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultAffiliations(UseCases context) {
        this.context = context;
    }

    @Override
    public Affiliation affiliate(
            PersonId person, OrganizationId organization, AffiliationRole role, Period period, Optional<String> title) {
        Affiliation affiliation = new Affiliation(AffiliationId.random(), person, organization, role, period, title);
        context.validator.check(affiliation);
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_ORGANIZATION, EntityKind.ORGANIZATION, organization);
            UseCases.requirePerson(tx, person);
            OrganizationHistory.requireExistingAndHold(
                    tx, UseCases.requireOrganization(tx, organization), "an affiliation of " + person);
            AffiliationPort port = tx.affiliations();
            requireOneHead(port.affiliationsWith(organization), affiliation);
            port.insert(affiliation);
            events.add(new ChangeEvent.Affiliated(affiliation));
            return affiliation;
        });
    }

    @Override
    public Affiliation end(AffiliationId id, LocalDate lastDay) {
        requireNonNull(id, "affiliation");
        requireNonNull(lastDay, "lastDay");
        return context.change((tx, events) -> {
            Affiliation found =
                    tx.affiliations().affiliation(id).orElseThrow(() -> new NotFoundException("affiliation", id));
            context.authorize(Action.CHANGE_ORGANIZATION, EntityKind.ORGANIZATION, found.organization());
            // The organization's turn, as affiliating takes it: a later last day may meet the next head.
            Versioned<org.chemnet.network.organization.Organization> organization =
                    UseCases.requireOrganization(tx, found.organization());
            long unused = tx.organizations().update(organization.value(), organization.version());
            Affiliation stored = tx.affiliations().affiliation(id).orElseThrow();
            if (lastDay.isBefore(stored.period().start())) {
                throw new NetworkValidationException(List.of(new Violation(
                        "lastDay",
                        "NotBeforeFirstDay",
                        RuleMessages.format("NotBeforeFirstDay", stored.period().start()))));
            }
            Affiliation ended = stored.endingOn(lastDay);
            requireOneHead(
                    tx.affiliations().affiliationsWith(stored.organization()).stream()
                            .filter(a -> !a.id().equals(id))
                            .toList(),
                    ended);
            tx.affiliations().update(ended);
            events.add(new ChangeEvent.AffiliationEnded(stored, ended));
            return ended;
        });
    }

    @Override
    public Optional<Affiliation> affiliation(AffiliationId id) {
        requireNonNull(id, "affiliation");
        return context.store.read(r -> r.affiliations().affiliation(id));
    }

    @Override
    public List<Affiliation> affiliationsOf(PersonId person) {
        requireNonNull(person, "person");
        context.authorizeRead(Action.READ_PERSONAL_DATA, EntityKind.PERSON, person);
        return context.store.read(r -> r.affiliations().affiliationsOf(person));
    }

    @Override
    public List<Affiliation> affiliationsWith(OrganizationId organization) {
        requireNonNull(organization, "organization");
        return context.store.read(r -> r.affiliations().affiliationsWith(organization));
    }

    @Override
    public Optional<Affiliation> headOn(OrganizationId organization, LocalDate day) {
        requireNonNull(organization, "organization");
        requireNonNull(day, "day");
        return context.store.read(r -> headOn(r, organization, day));
    }

    /**
     * Who headed an organization on a day, read in a transaction: what an ex officio seat's representative is.
     *
     * @param tx the transaction
     * @param organization the organization
     * @param day the day
     * @return the head's affiliation, if any
     */
    static Optional<Affiliation> headOn(StoreTransaction tx, OrganizationId organization, LocalDate day) {
        return Heads.on(tx.affiliations().affiliationsWith(organization), day);
    }

    /**
     * The violation of a head added beside the stored affiliations of its organization, if it overlaps another
     * head: the rule of affiliating, and of an import that adds a head to an organization stored already.
     *
     * @param stored the organization's stored affiliations
     * @param added the affiliation added or changed
     * @return the violation, on {@code period}; empty if the organization keeps one head at a time
     */
    static Optional<Violation> oneHeadAtATime(List<Affiliation> stored, Affiliation added, Locale locale) {
        return Heads.overlapping(stored, added)
                .map(other -> new Violation(
                        "period",
                        "OneHeadAtATime",
                        RuleMessages.format(
                                locale,
                                "OneHeadAtATime",
                                added.organization(),
                                other.person(),
                                other.period().start(),
                                other.period().end().map(LocalDate::toString).orElse("open"))));
    }

    private static void requireOneHead(List<Affiliation> stored, Affiliation added) {
        Optional<Violation> found = oneHeadAtATime(stored, added, NetworkValidator.DEFAULT_LOCALE);
        if (found.isPresent()) {
            throw new NetworkValidationException(List.of(found.get()));
        }
    }
}
