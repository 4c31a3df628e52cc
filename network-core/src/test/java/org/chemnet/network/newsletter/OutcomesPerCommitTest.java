package org.chemnet.network.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chemnet.network.MutableClock;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.spi.DeliveryOutcome;
import org.chemnet.network.spi.Mailer;
import org.chemnet.network.spi.NetworkStorageException;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.OutboxPort;
import org.chemnet.network.spi.OutgoingMail;
import org.chemnet.network.spi.StoreTransaction;
import org.junit.jupiter.api.Test;

/**
 * The outbox records outcomes in groups of {@link OutboxSettings#outcomesPerCommit()}, while the next mails go out: no
 * more than two groups are ever sent but unrecorded, one outcome a commit records each before the next mail, what a
 * failing mailer reported is recorded before its failure goes on, and a group the store cannot record stops the run
 * with the store's failure.
 */
class OutcomesPerCommitTest {
    private static final MessageId ISSUE = TestData.newsletterIssue().id();
    private static final int RECIPIENTS = 120;

    private final InMemoryNetworkStore store = new InMemoryNetworkStore();

    /** A mailer that notes, before it sends each mail, how many outcomes the store has recorded so far. */
    private final class Observing implements Mailer {
        final List<Integer> unrecordedBeforeEach = new ArrayList<>();
        private final int failAfter;
        private int reported;

        Observing(int failAfter) {
            this.failAfter = failAfter;
        }

        @Override
        public void send(List<OutgoingMail> mails, Consumer<DeliveryOutcome> outcomes) {
            for (OutgoingMail mail : mails) {
                if (reported == failAfter) {
                    throw new IllegalStateException("the mail server went away");
                }
                unrecordedBeforeEach.add(reported - recorded());
                outcomes.accept(DeliveryOutcome.sent(mail.delivery().id()));
                reported++;
            }
        }
    }

    private int recorded() {
        return (int) store.read(r -> r.outbox().deliveries(ISSUE)).stream()
                .filter(d -> d.status() == DeliveryStatus.SENT)
                .count();
    }

    private NetworkRuntime runtime(Mailer mailer, OutboxSettings settings) {
        return runtime(store, mailer, settings, Clock.systemUTC());
    }

    private NetworkRuntime runtime(NetworkStore over, Mailer mailer, OutboxSettings settings, Clock clock) {
        NetworkRuntime runtime = NetworkRuntime.builder()
                .store(over)
                .mailer(mailer)
                .outbox(settings)
                .clock(clock)
                .build();
        runtime.networks().register(TestData.graph());
        runtime.newsletters().unsubscribe(TestData.subscription().id(), LocalDate.of(2020, 1, 1));
        store.inTransaction(tx -> {
            tx.subscriptions().insertAll(TestData.subscribers(RECIPIENTS));
            return null;
        });
        runtime.newsletters().issue(TestData.newsletterIssue());
        return runtime;
    }

    private static OutboxSettings batchesOf(int size) {
        return new OutboxSettings(size, 5, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    @Test
    void byDefaultAtMostTwoGroupsOfOutcomesAreUnrecordedWhileMailsGoOutAndAllAreRecordedAtTheEnd() {
        Observing mailer = new Observing(Integer.MAX_VALUE);
        try (NetworkRuntime runtime = runtime(mailer, batchesOf(100))) {
            DispatchReport report = runtime.newsletters().deliverPending();

            assertThat(report.sent()).isEqualTo(RECIPIENTS);
            assertThat(recorded()).isEqualTo(RECIPIENTS);
            assertThat(mailer.unrecordedBeforeEach).hasSize(RECIPIENTS).allSatisfy(n -> assertThat(n)
                    .isLessThan(2 * OutboxSettings.DEFAULT_OUTCOMES_PER_COMMIT));
        }
    }

    @Test
    void oneOutcomePerCommitRecordsEachBeforeTheNextMailGoesOut() {
        Observing mailer = new Observing(Integer.MAX_VALUE);
        try (NetworkRuntime runtime = runtime(mailer, batchesOf(100).withOutcomesPerCommit(1))) {
            runtime.newsletters().deliverPending();

            assertThat(mailer.unrecordedBeforeEach).hasSize(RECIPIENTS).containsOnly(0);
        }
    }

    @Test
    void whatAFailingMailerReportedIsRecordedBeforeItsFailureGoesOnAndTheRestStaysClaimed() {
        Observing mailer = new Observing(37);
        try (NetworkRuntime runtime = runtime(mailer, batchesOf(RECIPIENTS))) {
            assertThatThrownBy(() -> runtime.newsletters().deliverPending())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the mail server went away");

            assertThat(recorded()).isEqualTo(37);
            // The other 83 of the batch stay claimed: nobody can tell whether they went out before the lease ends.
            assertThat(runtime.newsletters().deliverPending().sent()).isZero();
        }
    }

    /** The in-memory store, whose outbox refuses to record outcomes while {@code failing} is set. */
    private NetworkStore failingWhile(AtomicBoolean failing) {
        return new NetworkStore() {
            @Override
            public <T> T inTransaction(Function<StoreTransaction, T> work) {
                return store.inTransaction(tx -> work.apply(proxy(StoreTransaction.class, tx, (port, method) -> {
                    if (method.equals("outbox")) {
                        return proxy(OutboxPort.class, (OutboxPort) port, (ignored, call) -> {
                            if (call.equals("completeAll") && failing.get()) {
                                throw new NetworkStorageException("the database went away", "08006", null);
                            }
                            return null;
                        });
                    }
                    return null;
                })));
            }
        };
    }

    /** A proxy that asks {@code instead} first (with the target's result for a port getter) and else delegates. */
    private static <T> T proxy(Class<T> type, T target, BiFunction<Object, String, Object> instead) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            Object replaced = instead.apply(result, method.getName());
            return replaced != null ? replaced : result;
        }));
    }

    @Test
    void aGroupThatCannotBeRecordedStopsTheRunWithTheStoresFailureAndItsMailsGoAgainAfterTheLease() {
        AtomicBoolean failing = new AtomicBoolean(true);
        MutableClock clock = new MutableClock(Instant.parse("2020-06-30T00:00:00Z"));
        Observing mailer = new Observing(Integer.MAX_VALUE);
        try (NetworkRuntime runtime = runtime(failingWhile(failing), mailer, batchesOf(RECIPIENTS), clock)) {
            assertThatThrownBy(() -> runtime.newsletters().deliverPending())
                    .isInstanceOf(NetworkStorageException.class)
                    .hasMessage("the database went away");
            assertThat(recorded()).isZero();

            failing.set(false);
            clock.advance(OutboxSettings.DEFAULT_LEASE.plusSeconds(1));
            DispatchReport again = runtime.newsletters().deliverPending();

            assertThat(again.sent()).isEqualTo(RECIPIENTS);
            assertThat(recorded()).isEqualTo(RECIPIENTS);
        }
    }

    @Test
    void outcomesPerCommitIsOneOrMore() {
        assertThat(OutboxSettings.defaults().outcomesPerCommit()).isEqualTo(25);
        assertThatThrownBy(() -> OutboxSettings.defaults().withOutcomesPerCommit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcomesPerCommit must be at least 1, but was 0");
    }
}
