package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.personaldata.PersonalData;
import org.chemnet.network.personaldata.PersonalDataExport;
import org.chemnet.network.spi.Versioned;

/** The personal-data use cases. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class DefaultPersonalData implements PersonalData {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultPersonalData(UseCases context) {
        this.context = context;
    }

    @Override
    public PersonalDataExport export(PersonId id) {
        requireNonNull(id, "person");
        context.authorizeRead(Action.READ_PERSONAL_DATA, EntityKind.PERSON, id);
        return context.store.read(r -> {
            Person person = r.organizations().person(id).orElseThrow(() -> new NotFoundException("person", id));
            List<Membership> contactFor = new ArrayList<>();
            List<BoardSeat> seats = new ArrayList<>();
            for (NetworkId network : r.networks().ids()) {
                r.memberships().memberships(network).stream()
                        .filter(m -> m.contact().filter(id::equals).isPresent())
                        .forEach(contactFor::add);
                r.governance().board(network).seats().stream()
                        .filter(s -> s.representative().filter(id::equals).isPresent())
                        .forEach(seats::add);
            }
            return new PersonalDataExport(
                    person,
                    contactFor,
                    seats,
                    r.subscriptions().subscriptionsOf(id),
                    r.outbox().deliveriesTo(id),
                    r.affiliations().affiliationsOf(id),
                    r.registrations().registrationsOf(id),
                    r.decisions().votesBy(id),
                    r.consents().entriesOf(id));
        });
    }

    /**
     * Erases a person: their record keeps only its identifier, their subscriptions are deleted, the bounces logged at
     * their addresses are deleted with the standings of those addresses (but a suppression, which stays so that the
     * address is not mailed again),
     * their own entries of the consent ledger are deleted (those they gave for an organization stay, naming them no
     * more), the mails pending to them are dropped and those sent are kept as a record without their address or name; the audit log keeps every change
     * they made or that was made to them, naming them no more.
     */
    @Override
    public void erase(PersonId id) {
        requireNonNull(id, "person");
        context.change((tx, events) -> {
            context.authorize(Action.ERASE_PERSONAL_DATA, EntityKind.PERSON, id);
            Versioned<Person> stored =
                    tx.organizations().find(id).orElseThrow(() -> new NotFoundException("person", id));
            tx.organizations().update(stored.value().erased(), stored.version());
            // Subscriptions first: an issue recorded meanwhile for one of them cannot then add a delivery to it.
            java.util.Set<String> addresses = new java.util.TreeSet<>();
            stored.value().email().map(AddressStanding::normalized).ifPresent(addresses::add);
            for (Subscription subscription : tx.subscriptions().subscriptionsOf(id)) {
                addresses.add(AddressStanding.normalized(subscription.address()));
                tx.subscriptions().delete(subscription.id());
            }
            tx.signUps().deleteOf(id);
            tx.consents().erase(id);
            // The bounces at their addresses go, and so does a standing, unless it is a suppression: that stays, so
            // that an erased person who asked for no mail, or complained, is not mailed again.
            for (String address : addresses) {
                tx.addresses().deleteBounces(address);
                if (tx.addresses()
                        .find(address)
                        .filter(s -> !s.value().isSuppressed())
                        .isPresent()) {
                    tx.addresses().delete(address);
                }
            }
            tx.outbox().erase(id);
            tx.changes().redact(id);
            events.add(new ChangeEvent.PersonalDataErased(id));
            return stored.value();
        });
    }
}
