package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.consent.ConsentEntry;
import org.chemnet.network.consent.ConsentLedger;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;

/** The consent ledger use cases. Not part of the API. */
@API(status = INTERNAL, since = "0.6.0")
public final class DefaultConsentLedger implements ConsentLedger {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultConsentLedger(UseCases context) {
        this.context = context;
    }

    @Override
    public ConsentEntry record(ConsentEntry entry) {
        ConsentEntry recorded = context.validator.check(entry).recordedBy(context.actor.toString());
        EntityRef subject = recorded.person()
                .map(p -> EntityRef.of(EntityKind.PERSON, p))
                .orElseGet(() -> EntityRef.of(
                        EntityKind.ORGANIZATION, recorded.organization().orElseThrow()));
        return context.change((tx, events) -> {
            context.authorize(Action.RECORD_CONSENT, subject, Optional.of(recorded.network()));
            if (recorded.person().isPresent() && recorded.organization().isPresent()) {
                // For an organization, also a right over it: a person cannot list or unlist any organization.
                context.authorize(
                        Action.RECORD_CONSENT,
                        EntityRef.of(
                                EntityKind.ORGANIZATION, recorded.organization().get()),
                        Optional.of(recorded.network()));
            }
            if (tx.networks().network(recorded.network()).isEmpty()) {
                throw new NotFoundException("network", recorded.network());
            }
            recorded.person().ifPresent(p -> UseCases.requirePerson(tx, p));
            recorded.organization().ifPresent(o -> UseCases.requireOrganization(tx, o));
            if (recorded.scope().isPresent()
                    && !tx.content()
                            .networkOfActivity(recorded.scope().get())
                            .filter(recorded.network()::equals)
                            .isPresent()) {
                throw new NotFoundException(
                        "activity of network " + recorded.network(),
                        recorded.scope().get());
            }
            Optional<ConsentEntry> stored = tx.consents().find(recorded.id());
            if (stored.isPresent()) {
                if (!stored.get().recordedBy("").equals(recorded.recordedBy(""))) {
                    throw new NetworkValidationException(List.of(new Violation(
                            "id",
                            "RecordedAlready",
                            "consent entry " + recorded.id() + " is recorded already with other content: the ledger"
                                    + " is append-only, so record a new entry (a withdrawal, or the consent again)")));
                }
                return stored.get();
            }
            tx.consents().append(recorded);
            events.add(new ChangeEvent.ConsentRecorded(recorded));
            return recorded;
        });
    }

    @Override
    public List<ConsentEntry> entriesOf(PersonId person) {
        requireNonNull(person, "person");
        context.authorizeRead(Action.READ_PERSONAL_DATA, EntityKind.PERSON, person);
        return context.store.read(r -> r.consents().entriesOf(person));
    }

    @Override
    public List<ConsentEntry> entriesOf(OrganizationId organization) {
        requireNonNull(organization, "organization");
        context.authorizeRead(Action.READ_PERSONAL_DATA, EntityKind.ORGANIZATION, organization);
        return context.store.read(r -> r.consents().entriesOf(organization));
    }

    @Override
    public List<ConsentEntry> entriesAt(String address) {
        String normalized =
                org.chemnet.network.deliverability.AddressStanding.normalized(requireNonNull(address, "address"));
        context.authorizeRead(
                Action.READ_PERSONAL_DATA,
                new EntityRef(EntityKind.ADDRESS, DefaultDeliverability.pseudonym(normalized)),
                Optional.empty());
        return context.store.read(r -> r.consents().entriesAt(normalized));
    }

    @Override
    public Set<OrganizationId> listedAmong(NetworkId network, java.util.Collection<OrganizationId> organizations) {
        requireNonNull(network, "network");
        List<OrganizationId> asked = List.copyOf(organizations);
        return context.store.read(r -> r.consents().listedAmong(network, asked));
    }
}
