package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chemnet.network.TestData;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.PendingSubscription;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SignUpPort}: pending subscriptions kept whole, replaced by a sign-up asked again, deleted
 * once, by expiry and by person; sixteen writers on two nodes saving one leave one.
 *
 * @since 0.6.0
 */
public abstract class SignUpPortContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.654321Z");

    /** Creates the suite. */
    protected SignUpPortContract() {}

    private static PendingSubscription pending(String id, Optional<PersonId> person, Instant requested) {
        return new PendingSubscription(
                new Subscription(
                        SubscriptionId.of(id),
                        TestData.NEWSLETTER,
                        id + "@example.org",
                        person,
                        Optional.of(TestData.MEMBER),
                        Set.of("China", "Europe"),
                        new Consent(LocalDate.of(2026, 3, 2), "portal"),
                        SubscriptionStatus.ACTIVE,
                        LocalDate.of(2026, 3, 2)),
                requested,
                requested.plus(Duration.ofDays(7)));
    }

    private Optional<PendingSubscription> stored(String id) {
        return found(tx -> tx.signUps().find(SubscriptionId.of(id)));
    }

    @Test
    void keepsAPendingSubscriptionWholeAndReplacesItWhenAskedAgain() {
        importTestGraph();
        PendingSubscription first = pending("p1", Optional.of(TestData.CHAIR_PERSON), T0);
        write(tx -> tx.signUps().save(first));
        assertThat(stored("p1")).contains(first);

        PendingSubscription again = pending("p1", Optional.empty(), T0.plusSeconds(3_600));
        write(tx -> tx.signUps().save(again));
        assertThat(stored("p1")).contains(again);
        assertThat(stored("p2")).isEmpty();
    }

    @Test
    void deletesOnceByIdentifierByExpiryAndByPerson() {
        importTestGraph();
        write(tx -> {
            tx.signUps().save(pending("old", Optional.empty(), T0));
            tx.signUps().save(pending("new", Optional.empty(), T0.plus(Duration.ofDays(2))));
            tx.signUps().save(pending("chair", Optional.of(TestData.CHAIR_PERSON), T0.plus(Duration.ofDays(2))));
            tx.signUps().save(pending("gone", Optional.empty(), T0));
        });

        write(tx -> assertThat(tx.signUps().delete(SubscriptionId.of("gone"))).isTrue());
        write(tx -> assertThat(tx.signUps().delete(SubscriptionId.of("gone"))).isFalse());
        assertThat(writeLong(tx -> tx.signUps().deleteExpired(T0.plus(Duration.ofDays(7)))))
                .isEqualTo(1);
        assertThat(writeLong(tx -> tx.signUps().deleteOf(TestData.CHAIR_PERSON)))
                .isEqualTo(1);
        assertThat(stored("old")).isEmpty();
        assertThat(stored("chair")).isEmpty();
        assertThat(stored("new")).isPresent();
    }

    @Test
    void sixteenWritersOnTwoNodesSavingOnePendingSubscriptionLeaveOne() throws Exception {
        importTestGraph();
        NetworkStore second = secondNode();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            NetworkStore node = node(i, second);
            PendingSubscription mine = pending("raced", Optional.empty(), T0.plusSeconds(i));
            tasks.add(() -> {
                try {
                    node.inTransaction(tx -> {
                        tx.signUps().save(mine);
                        return null;
                    });
                    return true;
                } catch (ConcurrentUpdateException e) {
                    return false;
                }
            });
        }

        List<Boolean> saved = race(tasks);

        assertThat(saved).contains(true);
        assertThat(stored("raced"))
                .hasValueSatisfying(
                        p -> assertThat(p.subscription().id().value()).isEqualTo("raced"));
    }
}
