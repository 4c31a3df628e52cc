package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chemnet.network.TestData;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SubscriptionPort}: subscriptions stored at version 1, replaced only with the version read,
 * deleted without deleting the deliveries sent to them.
 *
 * @since 0.2.0
 */
public abstract class SubscriptionPortContract extends StoreContract {
    private static final SubscriptionId S1 = TestData.subscription().id();
    private static final PersonId READER = PersonId.of("reader");

    /** Creates the suite. */
    protected SubscriptionPortContract() {}

    private static Subscription subscription(String id, Optional<PersonId> person, SubscriptionStatus status) {
        return new Subscription(
                SubscriptionId.of(id),
                TestData.NEWSLETTER,
                id + "@example.org",
                person,
                Optional.empty(),
                Set.of("China"),
                new Consent(LocalDate.of(2021, 1, 1), "signed up at the summit"),
                status,
                LocalDate.of(2021, 1, 1));
    }

    private static Subscription unsubscribed() {
        return TestData.subscription().withStatus(SubscriptionStatus.UNSUBSCRIBED, LocalDate.of(2021, 6, 1));
    }

    @Test
    void findsNothingInAnEmptyStore() {
        assertThat(listed(tx -> tx.subscriptions().subscriptions(TestData.NEWSLETTER)))
                .isEmpty();
        assertThat(found(tx -> tx.subscriptions().find(S1))).isEmpty();
        assertThat(found(tx -> tx.subscriptions().subscription(S1))).isEmpty();
        assertThat(listed(tx -> tx.subscriptions().subscriptionsOf(READER))).isEmpty();
    }

    @Test
    void importedSubscriptionsAreAtVersionOne() {
        importTestGraph();

        assertThat(found(tx -> tx.subscriptions().find(S1))).contains(new Versioned<>(TestData.subscription(), 1));
        assertThat(found(tx -> tx.subscriptions().subscription(S1))).contains(TestData.subscription());
    }

    @Test
    void insertsASubscriptionAtVersionOneAndListsThoseOfANewsletterByIdentifierWhateverTheirStatus() {
        importTestGraph();
        Subscription bounced = subscription("a-bounced", Optional.empty(), SubscriptionStatus.BOUNCED);
        Subscription left = subscription("z-left", Optional.empty(), SubscriptionStatus.UNSUBSCRIBED);

        write(tx -> {
            tx.subscriptions().insert(left);
            tx.subscriptions().insert(bounced);
        });

        assertThat(found(tx -> tx.subscriptions().find(left.id()))).contains(new Versioned<>(left, 1));
        assertThat(listed(tx -> tx.subscriptions().subscriptions(TestData.NEWSLETTER)))
                .containsExactly(bounced, TestData.subscription(), left);
        assertThat(listed(tx -> tx.subscriptions().subscriptions(ActivityId.of("seminar"))))
                .isEmpty();
    }

    @Test
    void findsTheSubscriptionsOfAPersonByIdentifier() {
        importTestGraph();
        Subscription b = subscription("b-of-reader", Optional.of(READER), SubscriptionStatus.ACTIVE);
        Subscription a = subscription("a-of-reader", Optional.of(READER), SubscriptionStatus.UNSUBSCRIBED);
        Subscription ofChair = subscription("of-chair", Optional.of(TestData.CHAIR_PERSON), SubscriptionStatus.ACTIVE);

        write(tx -> {
            tx.organizations().insert(Person.of(READER, "Reader"));
            tx.subscriptions().insert(b);
            tx.subscriptions().insert(a);
            tx.subscriptions().insert(ofChair);
        });

        assertThat(listed(tx -> tx.subscriptions().subscriptionsOf(READER))).containsExactly(a, b);
        assertThat(listed(tx -> tx.subscriptions().subscriptionsOf(TestData.CHAIR_PERSON)))
                .containsExactly(ofChair);
        assertThat(listed(tx -> tx.subscriptions().subscriptionsOf(PersonId.of("nobody"))))
                .isEmpty();
    }

    @Test
    void updateWithTheVersionReadStoresTheSubscriptionAtTheNextVersion() {
        importTestGraph();

        long version = store.inTransaction(tx -> tx.subscriptions().update(unsubscribed(), 1));

        assertThat(version).isEqualTo(2);
        assertThat(found(tx -> tx.subscriptions().find(S1))).contains(new Versioned<>(unsubscribed(), 2));
        assertThat(listed(tx -> tx.subscriptions().subscriptions(TestData.NEWSLETTER)))
                .containsExactly(unsubscribed());
    }

    @Test
    void updateWithAStaleVersionIsRefusedAndTheTransactionStoresNothing() {
        importTestGraph();
        write(tx -> tx.subscriptions().update(unsubscribed(), 1));
        Subscription other = subscription("other", Optional.empty(), SubscriptionStatus.ACTIVE);

        assertThatThrownBy(() -> write(tx -> {
                    tx.subscriptions().insert(other);
                    tx.subscriptions()
                            .update(
                                    TestData.subscription()
                                            .withStatus(SubscriptionStatus.BOUNCED, LocalDate.of(2021, 7, 1)),
                                    1);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.subscriptions().find(S1))).contains(new Versioned<>(unsubscribed(), 2));
        assertThat(found(tx -> tx.subscriptions().find(other.id()))).isEmpty();
    }

    @Test
    void updateOfAnAbsentSubscriptionThrowsNotFound() {
        importTestGraph();
        Subscription absent = subscription("absent", Optional.empty(), SubscriptionStatus.ACTIVE);

        assertThatThrownBy(() -> write(tx -> tx.subscriptions().update(absent, 1)))
                .isInstanceOf(NotFoundException.class);

        assertThat(found(tx -> tx.subscriptions().find(absent.id()))).isEmpty();
    }

    @Test
    void insertOfAStoredSubscriptionIsRefusedAndKeepsTheStoredOne() {
        importTestGraph();

        assertThatThrownBy(() -> write(tx -> tx.subscriptions().insert(unsubscribed())))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.subscriptions().find(S1))).contains(new Versioned<>(TestData.subscription(), 1));
    }

    @Test
    void deleteRemovesTheSubscription() {
        importTestGraph();
        Subscription other = subscription("other", Optional.empty(), SubscriptionStatus.ACTIVE);
        write(tx -> tx.subscriptions().insert(other));

        write(tx -> tx.subscriptions().delete(S1));

        assertThat(found(tx -> tx.subscriptions().find(S1))).isEmpty();
        assertThat(listed(tx -> tx.subscriptions().subscriptions(TestData.NEWSLETTER)))
                .containsExactly(other);
    }

    @Test
    void deleteDropsThePendingDeliveriesToTheSubscriptionAndKeepsTheOthersNoLongerLinked() {
        importTestGraph();
        MailMessage message = message("issue-106");
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        Delivery pending = delivery("d-pending", message.id(), t0, Optional.empty());
        Delivery sent = delivery("d-sent", message.id(), t0, Optional.empty())
                .attempted(DeliveryStatus.SENT, t0, Optional.empty());
        write(tx -> {
            tx.outbox().insertMessage(message);
            tx.outbox().insertDeliveries(List.of(pending, delivery("d-sent", message.id(), t0, Optional.empty())));
        });
        List<Delivery> claimed = store.inTransaction(tx -> tx.outbox().claimDue("node-a", t0, t0.plusSeconds(300), 10));
        boolean stillHeld = store.inTransaction(tx -> tx.outbox().complete(sent, "node-a"));
        assertThat(claimed).hasSize(2);
        assertThat(stillHeld).isTrue();

        write(tx -> tx.subscriptions().delete(S1));

        assertThat(found(tx -> tx.subscriptions().find(S1))).isEmpty();
        assertThat(found(tx -> tx.outbox().delivery(pending.id()))).isEmpty();
        assertThat(found(tx -> tx.outbox().delivery(sent.id()))).contains(unlinked(sent));
        assertThat(listed(tx -> tx.outbox().deliveries(message.id()))).containsExactly(unlinked(sent));
        List<Delivery> left =
                store.inTransaction(tx -> tx.outbox().claimDue("node-b", t0.plusSeconds(600), t0.plusSeconds(900), 10));
        assertThat(left).isEmpty();
        assertThat(found(tx -> tx.outbox().message(message.id()))).contains(message);
    }

    private static Delivery unlinked(Delivery d) {
        return new Delivery(
                d.id(),
                d.message(),
                d.address(),
                d.name(),
                d.language(),
                Optional.empty(),
                d.person(),
                d.status(),
                d.attempts(),
                d.nextAttempt(),
                d.lastError());
    }

    @Test
    void insertAllStoresEverySubscriptionAtVersionOne() {
        importTestGraph();
        List<Subscription> many = TestData.subscribers(3);

        write(tx -> tx.subscriptions().insertAll(many));

        for (Subscription s : many) {
            assertThat(found(tx -> tx.subscriptions().find(s.id()))).contains(new Versioned<>(s, 1));
        }
        assertThat(listed(tx -> tx.subscriptions().subscriptions(TestData.NEWSLETTER)))
                .hasSize(4);
    }

    @Test
    void insertAllWithAStoredSubscriptionIsRefusedAndStoresNoneOfThem() {
        importTestGraph();
        Subscription fresh = subscription("fresh", Optional.empty(), SubscriptionStatus.ACTIVE);

        assertThatThrownBy(() -> write(tx -> tx.subscriptions().insertAll(List.of(fresh, TestData.subscription()))))
                .isInstanceOf(NetworkStorageException.class);

        assertThat(found(tx -> tx.subscriptions().find(fresh.id()))).isEmpty();
        assertThat(listed(tx -> tx.subscriptions().subscriptions(TestData.NEWSLETTER)))
                .containsExactly(TestData.subscription());
    }

    // ---------------------------------------------------------------- bulk read (0.4.0)

    @Test
    void subscriptionsAskedAtOnceAreThoseStoredWhateverTheirStatusAndTheAbsentAreLeftOut() {
        importTestGraph();
        List<Subscription> many = new java.util.ArrayList<>(TestData.subscribers(1_200));
        many.set(3, many.get(3).withStatus(SubscriptionStatus.UNSUBSCRIBED, LocalDate.of(2021, 6, 1)));
        write(tx -> tx.subscriptions().insertAll(many));
        List<SubscriptionId> asked = new java.util.ArrayList<>();
        many.forEach(s -> asked.add(s.id()));
        asked.add(SubscriptionId.of("never-stored"));
        asked.add(many.get(0).id()); // asked twice
        asked.add(S1);

        java.util.Map<SubscriptionId, Subscription> found =
                read(tx -> tx.subscriptions().subscriptions(asked));

        java.util.Map<SubscriptionId, Subscription> expected = new java.util.HashMap<>();
        many.forEach(s -> expected.put(s.id(), s));
        expected.put(S1, TestData.subscription());
        assertThat(found).isEqualTo(expected);
        java.util.Map<SubscriptionId, Subscription> none =
                read(tx -> tx.subscriptions().subscriptions(List.of()));
        assertThat(none).isEmpty();
    }

    // ---------------------------------------------------------------- pages (0.3.0)

    @Test
    void pagesOfAThousandGiveEverySubscriptionToTheNewsletterOnceInOrderWhateverItsStatus() {
        importTestGraph();
        List<Subscription> many = new java.util.ArrayList<>(TestData.subscribers(2_500));
        many.set(7, many.get(7).withStatus(SubscriptionStatus.UNSUBSCRIBED, LocalDate.of(2021, 6, 1)));
        // Subscriptions to another activity (the port does not look at its kind) are not the newsletter's.
        List<Subscription> elsewhere = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Subscription s = subscription("elsewhere-" + i, Optional.empty(), SubscriptionStatus.ACTIVE);
            elsewhere.add(new Subscription(
                    s.id(),
                    TestData.seminar().id(),
                    s.address(),
                    s.person(),
                    s.organization(),
                    s.topics(),
                    s.consent(),
                    s.status(),
                    s.statusSince()));
        }
        write(tx -> {
            tx.subscriptions().insertAll(many);
            tx.subscriptions().insertAll(elsewhere);
        });
        List<Subscription> expected = new java.util.ArrayList<>(many);
        expected.add(TestData.subscription());
        expected.sort(java.util.Comparator.comparing(Subscription::id));

        List<List<Subscription>> pages = new java.util.ArrayList<>();
        Optional<SubscriptionId> after = Optional.empty();
        do {
            Optional<SubscriptionId> from = after;
            List<Subscription> page =
                    listed(tx -> tx.subscriptions().subscriptionsAfter(TestData.NEWSLETTER, from, 1_000));
            pages.add(page);
            after = page.size() < 1_000
                    ? Optional.empty()
                    : Optional.of(page.get(page.size() - 1).id());
        } while (after.isPresent());

        assertThat(pages).extracting(List::size).containsExactly(1_000, 1_000, 501);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(expected);
        assertThat(listed(
                        tx -> tx.subscriptions().subscriptionsAfter(ActivityId.of("unknown"), Optional.empty(), 1_000)))
                .isEmpty();
        assertThat(listed(tx -> tx.subscriptions()
                        .subscriptionsAfter(
                                TestData.seminar().id(), Optional.of(SubscriptionId.of("elsewhere-2")), 10)))
                .extracting(s -> s.id().value())
                .containsExactly("elsewhere-3", "elsewhere-4");
    }
}
