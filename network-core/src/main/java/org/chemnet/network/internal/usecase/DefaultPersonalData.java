package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.chemnet.network.NetworkId;
import org.chemnet.network.NotFoundException;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.organization.PersonalData;
import org.chemnet.network.organization.PersonalDataExport;

/** The personal-data use cases. Not part of the API. */
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
        return context.store.read(r -> {
            Person person = r.person(id).orElseThrow(() -> new NotFoundException("person", id));
            List<Membership> contactFor = new ArrayList<>();
            List<BoardSeat> seats = new ArrayList<>();
            for (NetworkId network : r.networks()) {
                r.memberships(network).stream()
                        .filter(m -> m.contact().filter(id::equals).isPresent())
                        .forEach(contactFor::add);
                r.board(network).seats().stream()
                        .filter(s -> s.representative().filter(id::equals).isPresent())
                        .forEach(seats::add);
            }
            return new PersonalDataExport(person, contactFor, seats, r.subscriptionsOf(id));
        });
    }

    @Override
    public void erase(PersonId id) {
        requireNonNull(id, "person");
        context.change((tx, events) -> {
            Person person = tx.person(id).orElseThrow(() -> new NotFoundException("person", id));
            tx.putPerson(person.erased());
            for (Subscription subscription : tx.subscriptionsOf(id)) {
                tx.deleteSubscription(subscription.id());
            }
            events.add(new ChangeEvent.PersonalDataErased(id));
            return person;
        });
    }
}
