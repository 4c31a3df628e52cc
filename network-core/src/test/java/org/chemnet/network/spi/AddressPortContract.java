package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.chemnet.network.deliverability.AddressStanding;
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.deliverability.BounceKind;
import org.chemnet.network.deliverability.Suppression;
import org.chemnet.network.deliverability.SuppressionReason;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.newsletter.DeliveryId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AddressPort}: one versioned standing per normalized address, replaced only with the version
 * read, pages of the suppression list and of the held addresses due, and a bounce log that takes each reference once,
 * also when sixteen writers on two nodes add it at once.
 *
 * @since 0.6.0
 */
public abstract class AddressPortContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123456Z");

    /** Creates the suite. */
    protected AddressPortContract() {}

    private static AddressStanding everything(String address) {
        return AddressStanding.clean(address)
                .withBounce(2.5, LocalDate.of(2026, 2, 27))
                .heldFrom(T0)
                .reminded(T0.plusSeconds(60))
                .withSuppression(
                        Optional.of(new Suppression(SuppressionReason.COMPLAINED, T0, Optional.of("feedback loop"))));
    }

    private static Bounce bounce(String reference, String address, Instant at) {
        return new Bounce(
                address, BounceKind.SOFT, at, reference, Optional.of(DeliveryId.of("d-" + reference)), "452 full");
    }

    @Test
    void knowsNothingOfAnyAddressInAnEmptyStore() {
        assertThat(found(tx -> tx.addresses().find("ann@example.org"))).isEmpty();
        Map<String, AddressStanding> none = read(tx -> tx.addresses().standings(List.of("ann@example.org")));
        assertThat(none).isEmpty();
        assertThat(listed(tx -> tx.addresses().suppressedAfter(Optional.empty(), 10)))
                .isEmpty();
        assertThat(listed(tx -> tx.addresses().heldDue(T0, 10))).isEmpty();
        assertThat(listed(tx -> tx.addresses().bounces("ann@example.org"))).isEmpty();
    }

    @Test
    void keepsEveryPartOfAStandingAtVersionOneAndReplacesItOnlyWithTheVersionRead() {
        AddressStanding standing = everything("ann@example.org");
        write(tx -> tx.addresses().insert(standing));

        assertThat(found(tx -> tx.addresses().find("ann@example.org"))).contains(new Versioned<>(standing, 1));
        AddressStanding lifted = standing.withSuppression(Optional.empty()).restored();
        assertThat(writeLong(tx -> tx.addresses().update(lifted, 1))).isEqualTo(2);
        assertThat(found(tx -> tx.addresses().find("ann@example.org"))).contains(new Versioned<>(lifted, 2));

        assertThatThrownBy(() -> write(tx -> tx.addresses().update(standing, 1)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> write(tx -> tx.addresses().insert(standing)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> write(tx -> tx.addresses().update(AddressStanding.clean("nobody@example.org"), 1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(found(tx -> tx.addresses().find("ann@example.org"))).contains(new Versioned<>(lifted, 2));

        write(tx -> assertThat(tx.addresses().delete("ann@example.org")).isTrue());
        write(tx -> assertThat(tx.addresses().delete("ann@example.org")).isFalse());
        assertThat(found(tx -> tx.addresses().find("ann@example.org"))).isEmpty();
    }

    @Test
    void answersForManyAddressesAtOnceThoseThatHaveARow() {
        List<String> addresses = IntStream.range(0, 1_500)
                .mapToObj(i -> String.format("reader%04d@example.org", i))
                .toList();
        write(tx -> addresses.stream().filter(a -> a.hashCode() % 3 == 0).forEach(a -> tx.addresses()
                .insert(AddressStanding.clean(a).withBounce(1, LocalDate.of(2026, 1, 1)))));

        Map<String, AddressStanding> found = read(tx -> tx.addresses().standings(addresses));
        assertThat(found.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        addresses.stream().filter(a -> a.hashCode() % 3 == 0).toList());
    }

    @Test
    void pagesTheSuppressionListAndFindsTheHeldAddressesWhoseReminderIsDue() {
        Suppression optedOut = new Suppression(SuppressionReason.OPTED_OUT, T0, Optional.empty());
        write(tx -> {
            tx.addresses().insert(AddressStanding.clean("c@example.org").withSuppression(Optional.of(optedOut)));
            tx.addresses().insert(AddressStanding.clean("a@example.org").withSuppression(Optional.of(optedOut)));
            tx.addresses().insert(AddressStanding.clean("b@example.org").withBounce(1, LocalDate.of(2026, 1, 1)));
            tx.addresses().insert(AddressStanding.clean("held-new@example.org").heldFrom(T0));
            tx.addresses()
                    .insert(AddressStanding.clean("held-old@example.org")
                            .heldFrom(T0)
                            .reminded(T0));
            tx.addresses()
                    .insert(AddressStanding.clean("held-recent@example.org")
                            .heldFrom(T0)
                            .reminded(T0.plusSeconds(3_600)));
            tx.addresses()
                    .insert(AddressStanding.clean("held-gone@example.org")
                            .heldFrom(T0)
                            .withSuppression(Optional.of(optedOut)));
        });

        assertThat(listed(tx -> tx.addresses().suppressedAfter(Optional.empty(), 2)))
                .extracting(AddressStanding::address)
                .containsExactly("a@example.org", "c@example.org");
        assertThat(listed(tx -> tx.addresses().suppressedAfter(Optional.of("c@example.org"), 2)))
                .extracting(AddressStanding::address)
                .containsExactly("held-gone@example.org");
        assertThat(listed(tx -> tx.addresses().heldDue(T0.plusSeconds(60), 10)))
                .extracting(AddressStanding::address)
                .containsExactly("held-new@example.org", "held-old@example.org");
        assertThat(listed(tx -> tx.addresses().heldDue(T0.plusSeconds(60), 1)))
                .extracting(AddressStanding::address)
                .containsExactly("held-new@example.org");
    }

    @Test
    void logsABounceOncePerReferenceAndListsAnAddressesBouncesOldestFirst() {
        write(tx -> assertThat(tx.addresses().insertBounce(bounce("r2", "Ann@Example.org", T0.plusSeconds(5))))
                .isTrue());
        write(tx -> assertThat(tx.addresses().insertBounce(bounce("r1", "ann@example.org", T0)))
                .isTrue());
        write(tx -> assertThat(tx.addresses().insertBounce(bounce("r1", "ann@example.org", T0.plusSeconds(9))))
                .isFalse());
        write(tx -> tx.addresses().insertBounce(bounce("r3", "bob@example.org", T0)));

        assertThat(listed(tx -> tx.addresses().bounces("ann@example.org")))
                .containsExactly(
                        bounce("r1", "ann@example.org", T0), bounce("r2", "Ann@Example.org", T0.plusSeconds(5)));
        assertThat(writeLong(tx -> tx.addresses().deleteBounces("ann@example.org")))
                .isEqualTo(2);
        assertThat(listed(tx -> tx.addresses().bounces("ann@example.org"))).isEmpty();
        assertThat(listed(tx -> tx.addresses().bounces("bob@example.org"))).hasSize(1);
    }

    @Test
    void sixteenWritersOnTwoNodesLogOneBounceOnceAndAdvanceOneVersionOnce() throws Exception {
        NetworkStore second = secondNode();
        write(tx -> tx.addresses().insert(AddressStanding.clean("ann@example.org")));
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            NetworkStore node = node(i, second);
            double score = i;
            tasks.add(() -> {
                try {
                    return node.inTransaction(tx -> {
                        boolean added = tx.addresses().insertBounce(bounce("raced", "ann@example.org", T0));
                        tx.addresses()
                                .update(
                                        AddressStanding.clean("ann@example.org")
                                                .withBounce(score, LocalDate.of(2026, 1, 1)),
                                        1);
                        return added ? "added" : "present";
                    });
                } catch (ConcurrentUpdateException e) {
                    return "lost";
                }
            });
        }

        List<String> outcomes = race(tasks);

        assertThat(outcomes).containsOnlyOnce("added").doesNotContain("present");
        assertThat(listed(tx -> tx.addresses().bounces("ann@example.org"))).hasSize(1);
        assertThat(found(tx -> tx.addresses().find("ann@example.org"))
                        .orElseThrow()
                        .version())
                .isEqualTo(2);
    }
}
