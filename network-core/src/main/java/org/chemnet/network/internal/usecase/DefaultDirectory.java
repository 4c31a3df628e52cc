package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.directory.Directory;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.Page;
import org.chemnet.network.kernel.PageRequest;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.SearchText;
import org.chemnet.network.spi.Versioned;

/**
 * Reads records, lists and pages of them, and searches organizations, each in one read-only transaction. A page reads
 * one row more than its size, which tells whether another follows. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class DefaultDirectory implements Directory {
    private static final Pages<OrganizationId> ORGANIZATIONS = new Pages<>("organization", OrganizationId::of);
    private static final Pages<PersonId> PERSONS = new Pages<>("person", PersonId::of);
    private static final Pages<MembershipId> MEMBERSHIPS = new Pages<>("membership", MembershipId::of);
    private static final Pages<SubscriptionId> SUBSCRIPTIONS = new Pages<>("subscription", SubscriptionId::of);
    private static final Pages<DeliveryId> DELIVERIES = new Pages<>("delivery", DeliveryId::of);

    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultDirectory(UseCases context) {
        this.context = context;
    }

    @Override
    public Optional<Organization> organization(OrganizationId id) {
        requireNonNull(id, "id");
        return context.store.read(r -> r.organizations().organization(id));
    }

    @Override
    public Optional<Person> person(PersonId id) {
        requireNonNull(id, "id");
        context.authorizeRead(Action.READ_PERSONAL_DATA, EntityKind.PERSON, id);
        return context.store.read(r -> r.organizations().person(id));
    }

    @Override
    public Page<Organization> organizations(PageRequest request) {
        Optional<OrganizationId> after = ORGANIZATIONS.after(requireNonNull(request, "request"));
        List<Organization> rows =
                context.store.read(r -> r.organizations().organizationsAfter(after, Pages.rowsToRead(request)));
        return ORGANIZATIONS.page(request, rows, o -> o.id().value());
    }

    @Override
    public Page<Person> persons(PageRequest request) {
        Optional<PersonId> after = PERSONS.after(requireNonNull(request, "request"));
        context.authorizeRead(Action.READ_PERSONAL_DATA, EntityKind.PERSON, "*");
        List<Person> rows = context.store.read(r -> r.organizations().personsAfter(after, Pages.rowsToRead(request)));
        return PERSONS.page(request, rows, p -> p.id().value());
    }

    @Override
    public Page<Organization> search(String text, PageRequest request) {
        requireNonNull(text, "text");
        requireNonNull(request, "request");
        int length = text.codePointCount(0, text.length());
        if (length > MAX_SEARCH_LENGTH) {
            throw new IllegalArgumentException(
                    "text must be at most " + MAX_SEARCH_LENGTH + " characters, but is " + length);
        }
        if (SearchText.normalize(text).isEmpty()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        Optional<OrganizationId> after = ORGANIZATIONS.after(request);
        List<Organization> rows =
                context.store.read(r -> r.organizations().search(text, after, Pages.rowsToRead(request)));
        return ORGANIZATIONS.page(request, rows, o -> o.id().value());
    }

    @Override
    public Optional<Membership> membership(MembershipId id) {
        requireNonNull(id, "id");
        return context.store.read(r -> r.memberships().membership(id));
    }

    @Override
    public Page<Membership> memberships(NetworkId network, Optional<MembershipStatus> status, PageRequest request) {
        requireNonNull(network, "network");
        requireNonNull(status, "status");
        Optional<MembershipId> after = MEMBERSHIPS.after(requireNonNull(request, "request"));
        List<Membership> rows = context.store.read(
                r -> r.memberships().membershipsAfter(network, status, after, Pages.rowsToRead(request)));
        return MEMBERSHIPS.page(request, rows, m -> m.id().value());
    }

    @Override
    public List<Activity> activities(NetworkId network) {
        requireNonNull(network, "network");
        return context.store.read(r -> r.content().activities(network));
    }

    @Override
    public List<Partner> partners(NetworkId network) {
        requireNonNull(network, "network");
        return context.store.read(r -> r.content().partners(network));
    }

    @Override
    public Optional<Secretariat> secretariat(NetworkId network) {
        requireNonNull(network, "network");
        return context.store.read(r -> r.governance().secretariat(network).map(Versioned::value));
    }

    @Override
    public Board board(NetworkId network) {
        requireNonNull(network, "network");
        return context.store.read(r -> r.governance().board(network));
    }

    @Override
    public Page<Subscription> subscriptions(ActivityId newsletter, PageRequest request) {
        requireNonNull(newsletter, "newsletter");
        Optional<SubscriptionId> after = SUBSCRIPTIONS.after(requireNonNull(request, "request"));
        context.authorizeReadOfSubscribers(newsletter);
        List<Subscription> rows = context.store.read(
                r -> r.subscriptions().subscriptionsAfter(newsletter, after, Pages.rowsToRead(request)));
        return SUBSCRIPTIONS.page(request, rows, s -> s.id().value());
    }

    @Override
    public Page<Delivery> deliveries(MessageId message, PageRequest request) {
        requireNonNull(message, "message");
        Optional<DeliveryId> after = DELIVERIES.after(requireNonNull(request, "request"));
        context.authorizeRead(
                Action.READ_PERSONAL_DATA, new EntityRef(EntityKind.MESSAGE, message.value()), Optional.empty());
        List<Delivery> rows =
                context.store.read(r -> r.outbox().deliveriesAfter(message, after, Pages.rowsToRead(request)));
        return DELIVERIES.page(request, rows, d -> d.id().value());
    }

    @Override
    public Optional<org.chemnet.network.newsletter.MailMessage> message(MessageId message) {
        requireNonNull(message, "message");
        context.authorizeRead(
                Action.READ_PERSONAL_DATA, new EntityRef(EntityKind.MESSAGE, message.value()), Optional.empty());
        return context.store.read(r -> r.outbox().message(message));
    }
}
