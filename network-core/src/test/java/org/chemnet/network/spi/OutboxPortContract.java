package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OutboxPort}: messages, deliveries, claims under leases, and erasure. Its race: 2,000 pending
 * deliveries claimed by sixteen threads over two nodes, every delivery claimed exactly once.
 *
 * @since 0.2.0
 */
public abstract class OutboxPortContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final String NODE_A = "node-a";
    private static final String NODE_B = "node-b";
    private static final PersonId ERASED = PersonId.of("erased-reader");
    private static final PersonId KEPT = PersonId.of("kept-reader");

    private final MailMessage message = message("issue-106");

    /** Creates the suite. */
    protected OutboxPortContract() {}

    /** Imports the test graph and stores the message the deliveries of these tests belong to. */
    private void withMessage() {
        importTestGraph();
        write(tx -> tx.outbox().insertMessage(message));
    }

    private Delivery due(String id, Instant due) {
        return delivery(id, message.id(), due, Optional.empty());
    }

    private void insert(Delivery... deliveries) {
        write(tx -> tx.outbox().insertDeliveries(List.of(deliveries)));
    }

    private List<Delivery> claim(String owner, Instant now, int limit) {
        return store.inTransaction(tx -> tx.outbox().claimDue(owner, now, now.plus(LEASE), limit));
    }

    private boolean complete(Delivery delivery, String owner) {
        return store.inTransaction(tx -> tx.outbox().complete(delivery, owner));
    }

    private Optional<Delivery> stored(DeliveryId id) {
        return read(tx -> tx.outbox().delivery(id));
    }

    @Test
    void findsNothingInAnEmptyStore() {
        assertThat(found(tx -> tx.outbox().message(message.id()))).isEmpty();
        assertThat(found(tx -> tx.outbox().delivery(DeliveryId.of("d1")))).isEmpty();
        assertThat(listed(tx -> tx.outbox().deliveries(message.id()))).isEmpty();
        assertThat(listed(tx -> tx.outbox().deliveriesTo(ERASED))).isEmpty();
        assertThat(claim(NODE_A, T0, 10)).isEmpty();
    }

    @Test
    void insertMessageStoresItAsGiven() {
        importTestGraph();

        write(tx -> tx.outbox().insertMessage(message));

        assertThat(found(tx -> tx.outbox().message(message.id()))).contains(message);
        assertThat(found(tx -> tx.outbox().message(MessageId.of("other")))).isEmpty();
    }

    @Test
    void insertMessageOfAStoredMessageIsRefusedAsAUniqueViolation() {
        withMessage();

        assertThatThrownBy(() -> write(tx -> tx.outbox().insertMessage(message)))
                .isInstanceOfSatisfying(NetworkStorageException.class, e -> assertThat(e.sqlState())
                        .contains("23505"));

        assertThat(found(tx -> tx.outbox().message(message.id()))).contains(message);
    }

    @Test
    void insertDeliveriesRecordsThemAndListsThoseOfAMessageByIdentifier() {
        withMessage();
        Delivery b = due("b", T0);
        Delivery a = due("a", T0.plusSeconds(60));
        Delivery c = due("c", T0.minusSeconds(60));

        insert(b, a, c);

        assertThat(stored(a.id())).contains(a);
        assertThat(listed(tx -> tx.outbox().deliveries(message.id()))).containsExactly(a, b, c);
        assertThat(listed(tx -> tx.outbox().deliveries(MessageId.of("other")))).isEmpty();
    }

    @Test
    void insertDeliveriesWithAStoredOneIsRefusedAndStoresNoneOfThem() {
        withMessage();
        Delivery late = due("b-late", T0.plusSeconds(60));
        insert(late);
        Delivery fresh = due("a-fresh", T0);

        assertThatThrownBy(() -> insert(fresh, late)).isInstanceOf(NetworkStorageException.class);

        assertThat(stored(fresh.id())).isEmpty();
        assertThat(listed(tx -> tx.outbox().deliveries(message.id()))).containsExactly(late);
    }

    @Test
    void listsTheDeliveriesToAPersonByIdentifierWhateverTheirStatus() {
        withMessage();
        write(tx -> {
            tx.organizations().insert(Person.of(ERASED, "Reader"));
            tx.organizations().insert(Person.of(KEPT, "Other reader"));
        });
        Delivery b = delivery("b", message.id(), T0, Optional.of(ERASED));
        Delivery a = delivery("a", message.id(), T0, Optional.of(ERASED));
        Delivery other = delivery("c", message.id(), T0, Optional.of(KEPT));
        insert(b, a, other, due("d", T0));
        claim(NODE_A, T0, 10);
        Delivery sent = b.attempted(DeliveryStatus.SENT, T0, Optional.empty());
        complete(sent, NODE_A);

        assertThat(listed(tx -> tx.outbox().deliveriesTo(ERASED))).containsExactly(a, sent);
        assertThat(listed(tx -> tx.outbox().deliveriesTo(KEPT))).containsExactly(other);
        assertThat(listed(tx -> tx.outbox().deliveriesTo(PersonId.of("nobody"))))
                .isEmpty();
    }

    @Test
    void claimDueGivesDuePendingDeliveriesEarliestDueFirstThenByIdentifier() {
        withMessage();
        Delivery late = due("b-late", T0.plusSeconds(60));
        Delivery early = due("c-early", T0);
        Delivery sameTime = due("a-same", T0);
        Delivery overdue = due("z-overdue", T0.minusSeconds(3600));
        insert(late, early, sameTime, overdue);

        assertThat(claim(NODE_A, T0, 10)).containsExactly(overdue, sameTime, early);
        assertThat(claim(NODE_B, T0.plusSeconds(60), 10)).containsExactly(late);
        assertThat(listed(tx -> tx.outbox().deliveries(message.id()))).hasSize(4);
    }

    @Test
    void claimDueGivesNoMoreThanTheLimit() {
        withMessage();
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            deliveries.add(due("d" + i, T0.minusSeconds(50 - i)));
        }
        insert(deliveries.toArray(Delivery[]::new));

        assertThat(claim(NODE_A, T0, 2)).containsExactlyElementsOf(deliveries.subList(0, 2));
        assertThat(claim(NODE_B, T0, 2)).containsExactlyElementsOf(deliveries.subList(2, 4));
        assertThat(claim("node-c", T0, 2)).containsExactly(deliveries.get(4));
        assertThat(claim("node-d", T0, 2)).isEmpty();
    }

    @Test
    void claimDueNeverGivesADeliveryNotDueYet() {
        withMessage();
        Delivery later = due("later", T0.plusSeconds(1));
        insert(later);

        assertThat(claim(NODE_A, T0, 10)).isEmpty();
        assertThat(claim(NODE_A, T0.plusSeconds(1), 10)).containsExactly(later);
    }

    @Test
    void claimDueNeverGivesASentOrFailedDelivery() {
        withMessage();
        Delivery toSend = due("sent", T0);
        Delivery toFail = due("failed", T0);
        insert(toSend, toFail);
        assertThat(claim(NODE_A, T0, 10)).hasSize(2);
        complete(toSend.attempted(DeliveryStatus.SENT, T0, Optional.empty()), NODE_A);
        complete(toFail.attempted(DeliveryStatus.FAILED, T0, Optional.of("550 no such user")), NODE_A);

        assertThat(claim(NODE_B, T0.plus(Duration.ofDays(30)), 10)).isEmpty();
        assertThat(claim(NODE_A, T0.plus(Duration.ofDays(30)), 10)).isEmpty();
    }

    @Test
    void aClaimedDeliveryIsGivenToNoOtherClaimUntilItsLeaseEndsThenItIs() {
        withMessage();
        Delivery d = due("d1", T0);
        insert(d);

        assertThat(claim(NODE_A, T0, 10)).containsExactly(d);
        assertThat(claim(NODE_B, T0, 10)).isEmpty();
        assertThat(claim(NODE_B, T0.plusSeconds(60), 10)).isEmpty();
        assertThat(claim(NODE_A, T0.plusSeconds(60), 10)).isEmpty();
        assertThat(claim(NODE_B, T0.plus(LEASE).minusSeconds(1), 10)).isEmpty();

        assertThat(claim(NODE_B, T0.plus(LEASE).plusSeconds(1), 10)).containsExactly(d);
        assertThat(claim(NODE_A, T0.plus(LEASE).plusSeconds(2), 10)).isEmpty();
    }

    @Test
    void aClaimInATransactionThatFailsIsNotStored() {
        withMessage();
        Delivery d = due("d1", T0);
        insert(d);

        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    tx.outbox().claimDue(NODE_A, T0, T0.plus(LEASE), 10);
                    throw new IllegalStateException("crashed before the claim was stored");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(claim(NODE_B, T0, 10)).containsExactly(d);
    }

    @Test
    void completeRecordsTheOutcomeAndReleasesTheClaim() {
        withMessage();
        Delivery d = due("d1", T0);
        insert(d);
        List<Delivery> claimed =
                store.inTransaction(tx -> tx.outbox().claimDue(NODE_A, T0, T0.plus(Duration.ofHours(1)), 10));
        assertThat(claimed).containsExactly(d);
        Delivery retry = d.attempted(DeliveryStatus.PENDING, T0.plus(Duration.ofMinutes(10)), Optional.of("421 busy"));

        assertThat(complete(retry, NODE_A)).isTrue();

        assertThat(stored(d.id())).contains(retry);
        assertThat(claim(NODE_B, T0.plus(Duration.ofMinutes(9)), 10)).isEmpty();
        assertThat(claim(NODE_B, T0.plus(Duration.ofMinutes(10)), 10)).containsExactly(retry);
    }

    @Test
    void completeByAnOwnerWhoseLeaseEndedAndWasReclaimedIsFalseButRecordsTheOutcome() {
        withMessage();
        Delivery d = due("d1", T0);
        insert(d);
        assertThat(claim(NODE_A, T0, 10)).containsExactly(d);
        assertThat(claim(NODE_B, T0.plus(LEASE).plusSeconds(60), 10)).containsExactly(d);
        Delivery sent = d.attempted(DeliveryStatus.SENT, T0.plus(LEASE), Optional.empty());

        assertThat(complete(sent, NODE_A)).isFalse();

        assertThat(stored(d.id())).contains(sent);
        assertThat(claim("node-c", T0.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void aRetryRecordedByAnOwnerWhoseLeaseEndedIsDroppedAndLeavesTheNewOwnersClaim() {
        withMessage();
        Delivery d = due("d1", T0);
        insert(d);
        assertThat(claim(NODE_A, T0, 10)).containsExactly(d);
        Instant reclaimed = T0.plus(LEASE).plusSeconds(60);
        assertThat(claim(NODE_B, reclaimed, 10)).containsExactly(d);
        Delivery retry = d.attempted(DeliveryStatus.PENDING, T0, Optional.of("421 try later"));

        assertThat(complete(retry, NODE_A)).isFalse();

        assertThat(stored(d.id())).contains(d);
        assertThat(claim("node-c", reclaimed.plusSeconds(1), 10)).isEmpty();
    }

    @Test
    void completeOfADeliveryNoLongerStoredIsFalseAndStoresNothing() {
        withMessage();

        assertThat(complete(due("absent", T0).attempted(DeliveryStatus.SENT, T0, Optional.empty()), NODE_A))
                .isFalse();

        assertThat(stored(DeliveryId.of("absent"))).isEmpty();
    }

    @Test
    void completeAllRecordsEachAsCompleteWouldAndNamesThoseWhoseClaimWasHeld() {
        withMessage();
        Delivery lostSent = due("d2", T0);
        Delivery lostRetry = due("d3", T0);
        insert(lostSent, lostRetry);
        assertThat(claim(NODE_A, T0, 10)).containsExactly(lostSent, lostRetry);
        Instant reclaimed = T0.plus(LEASE).plusSeconds(60);
        assertThat(claim(NODE_B, reclaimed, 10)).containsExactly(lostSent, lostRetry);
        Delivery heldSent = due("d1", T0);
        Delivery heldRetry = due("d4", T0);
        insert(heldSent, heldRetry);
        assertThat(claim(NODE_A, reclaimed.plusSeconds(60), 10)).containsExactly(heldSent, heldRetry);
        Instant now = reclaimed.plusSeconds(120);
        Delivery sent = heldSent.attempted(DeliveryStatus.SENT, now, Optional.empty());
        Delivery retry = heldRetry.attempted(DeliveryStatus.PENDING, now.plusSeconds(600), Optional.of("421 busy"));
        Delivery sentTooLate = lostSent.attempted(DeliveryStatus.SENT, now, Optional.empty());
        Delivery retryTooLate = lostRetry.attempted(DeliveryStatus.PENDING, now, Optional.of("421 busy"));
        Delivery absent = due("absent", T0).attempted(DeliveryStatus.SENT, now, Optional.empty());

        Set<DeliveryId> held = store.inTransaction(
                tx -> tx.outbox().completeAll(List.of(sent, sentTooLate, absent, retry, retryTooLate), NODE_A));

        assertThat(held).containsExactlyInAnyOrder(sent.id(), retry.id());
        assertThat(stored(sent.id())).contains(sent);
        assertThat(stored(retry.id())).contains(retry);
        assertThat(stored(sentTooLate.id())).contains(sentTooLate);
        assertThat(stored(retryTooLate.id())).contains(lostRetry);
        assertThat(stored(absent.id())).isEmpty();
        Set<DeliveryId> none = store.inTransaction(tx -> tx.outbox().completeAll(List.of(), NODE_A));
        assertThat(none).isEmpty();
        // Nothing is claimable now: B still holds the retry it took over, and A's own retry is due only later.
        assertThat(claim("node-c", now, 10)).isEmpty();
        assertThat(claim("node-c", now.plusSeconds(600), 10)).contains(retry);
    }

    @Test
    void eraseDeletesPendingDeliveriesToThePersonAndRedactsTheOthers() {
        withMessage();
        write(tx -> {
            tx.organizations().insert(Person.of(ERASED, "Reader"));
            tx.organizations().insert(Person.of(KEPT, "Other reader"));
        });
        Delivery pending = delivery("p-pending", message.id(), T0, Optional.of(ERASED));
        Delivery toSend = delivery("p-sent", message.id(), T0, Optional.of(ERASED));
        Delivery toFail = delivery("p-failed", message.id(), T0, Optional.of(ERASED));
        Delivery ofOther = delivery("q-pending", message.id(), T0.plusSeconds(3600), Optional.of(KEPT));
        Delivery ofNobody = delivery("n-pending", message.id(), T0.plusSeconds(3600), Optional.empty());
        insert(pending, toSend, toFail, ofOther, ofNobody);
        claim(NODE_A, T0, 10);
        Delivery sent = toSend.attempted(DeliveryStatus.SENT, T0, Optional.empty());
        Delivery failed = toFail.attempted(DeliveryStatus.FAILED, T0, Optional.of("550 no such user"));
        complete(sent, NODE_A);
        complete(failed, NODE_A);

        int erased = store.inTransaction(tx -> tx.outbox().erase(ERASED));

        assertThat(erased).isEqualTo(3);
        assertThat(stored(pending.id())).isEmpty();
        for (Delivery kept : List.of(sent, failed)) {
            Delivery redacted = stored(kept.id()).orElseThrow();
            assertThat(redacted.address()).isEqualTo(OutboxPort.ERASED_ADDRESS);
            assertThat(redacted.name()).isEmpty();
            assertThat(redacted.person()).isEmpty();
            assertThat(redacted.subscription()).isEmpty();
            assertThat(redacted.message()).isEqualTo(kept.message());
            assertThat(redacted.status()).isEqualTo(kept.status());
            assertThat(redacted.attempts()).isEqualTo(kept.attempts());
            assertThat(redacted.language()).isEqualTo(kept.language());
        }
        assertThat(listed(tx -> tx.outbox().deliveriesTo(ERASED))).isEmpty();
        assertThat(listed(tx -> tx.outbox().deliveriesTo(KEPT))).containsExactly(ofOther);
        assertThat(stored(ofNobody.id())).contains(ofNobody);
        assertThat(listed(tx -> tx.outbox().deliveries(message.id())))
                .extracting(Delivery::id)
                .containsExactly(ofNobody.id(), failed.id(), sent.id(), ofOther.id());
        assertThat(found(tx -> tx.outbox().message(message.id()))).contains(message);
        assertThat(writeLong(tx -> tx.outbox().erase(PersonId.of("nobody")))).isZero();
    }

    @Test
    void sixteenClaimersOverTwoNodesClaimEveryDeliveryExactlyOnce() throws Exception {
        withMessage();
        int count = 2_000;
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            deliveries.add(due(String.format(Locale.ROOT, "race-%05d", i), T0.minusSeconds(i % 97)));
        }
        write(tx -> tx.outbox().insertDeliveries(deliveries));
        NetworkStore second = secondNode();
        int batch = 50;
        List<Callable<List<DeliveryId>>> claimers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            NetworkStore node = node(i, second);
            String owner = (i % 2 == 0 ? "first-" : "second-") + i;
            claimers.add(() -> {
                List<DeliveryId> mine = new ArrayList<>();
                for (int round = 0; round <= count; round++) {
                    List<Delivery> claimed =
                            node.inTransaction(tx -> tx.outbox().claimDue(owner, T0, T0.plus(LEASE), batch));
                    if (claimed.isEmpty()) {
                        return mine;
                    }
                    assertThat(claimed).hasSizeLessThanOrEqualTo(batch);
                    claimed.forEach(d -> mine.add(d.id()));
                }
                throw new AssertionError(owner + " kept claiming after " + count + " rounds");
            });
        }

        List<List<DeliveryId>> claims = race(claimers);

        List<DeliveryId> all = new ArrayList<>();
        claims.forEach(all::addAll);
        Set<DeliveryId> distinct = new HashSet<>(all);
        assertThat(all).as("deliveries claimed twice").hasSameSizeAs(distinct);
        assertThat(distinct)
                .as("every delivery claimed")
                .containsExactlyInAnyOrderElementsOf(
                        deliveries.stream().map(Delivery::id).toList());
        assertThat(claim("latecomer", T0, batch)).isEmpty();
        assertThat(stored(deliveries.get(0).id())).contains(deliveries.get(0));
    }

    // ---------------------------------------------------------------- pages (0.3.0)

    @Test
    void pagesOfAThousandGiveEveryDeliveryOfTheMessageOnceInOrderWhateverItsStatus() {
        withMessage();
        MailMessage other = message("issue-107");
        write(tx -> tx.outbox().insertMessage(other));
        List<Delivery> many = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(due(String.format(Locale.ROOT, "d-%04d", i), T0.plusSeconds(i % 7)));
        }
        List<Delivery> ofOther = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ofOther.add(delivery("o-" + i, other.id(), T0, Optional.empty()));
        }
        insert(many.toArray(new Delivery[0]));
        insert(ofOther.toArray(new Delivery[0]));
        List<Delivery> claimed = claim(NODE_A, T0.plusSeconds(10), 3);
        Delivery sent = claimed.get(0).attempted(DeliveryStatus.SENT, T0.plusSeconds(10), Optional.empty());
        assertThat(complete(sent, NODE_A)).isTrue();
        List<Delivery> expected = new ArrayList<>(many);
        expected.set(expected.indexOf(claimed.get(0)), sent);

        List<List<Delivery>> pages = new ArrayList<>();
        Optional<DeliveryId> after = Optional.empty();
        do {
            Optional<DeliveryId> from = after;
            List<Delivery> page = read(tx -> tx.outbox().deliveriesAfter(message.id(), from, 1_000));
            pages.add(page);
            after = page.size() < 1_000
                    ? Optional.empty()
                    : Optional.of(page.get(page.size() - 1).id());
        } while (after.isPresent());

        assertThat(pages).extracting(List::size).containsExactly(1_000, 1_000, 500);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(expected);
        List<Delivery> unknown = read(tx -> tx.outbox().deliveriesAfter(MessageId.of("unknown"), Optional.empty(), 10));
        assertThat(unknown).isEmpty();
        List<Delivery> afterOne =
                read(tx -> tx.outbox().deliveriesAfter(other.id(), Optional.of(DeliveryId.of("o-1")), 2));
        assertThat(afterOne).extracting(d -> d.id().value()).containsExactly("o-2", "o-3");
    }
}
