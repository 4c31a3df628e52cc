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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.governance.Board;
import org.chemnet.network.graph.Network;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.PersonId;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every store contract suite: a fresh store before each test, and a second node over the same data for
 * the races. An implementation's test class runs each suite as a JUnit 5 {@code @Nested} inner class that says how to
 * make a fresh, empty store and, where the store keeps its data outside the instance (a database), how to open a
 * second store over the same data.
 *
 * <pre>{@code
 * class MyStoreTest {
 *     @Nested
 *     class Outbox extends OutboxPortContract {
 *         protected NetworkStore createStore() { return MyStore.empty(); }
 *         protected NetworkStore secondNode() { return MyStore.over(store); }
 *     }
 *     // ... one inner class per contract suite
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public abstract class StoreContract {
    /** How long a race may take before the test fails instead of hanging. */
    static final Duration RACE_TIMEOUT = Duration.ofSeconds(60);

    /** The store under test: set before each test from {@link #createStore()}. */
    protected NetworkStore store;

    /** Creates the suite. */
    protected StoreContract() {}

    /**
     * A fresh, empty store. Called before each test.
     *
     * @return the store; never null
     */
    protected abstract NetworkStore createStore();

    /**
     * Another store over the same data as {@link #store}: a second node of one host, for the races. Called after
     * {@link #store} is set. By default the store itself, right for a store that is its own database (in memory).
     *
     * @return the second node; never null
     */
    protected NetworkStore secondNode() {
        return store;
    }

    @BeforeEach
    final void freshStore() {
        store = createStore();
    }

    /** Runs work that returns nothing in one transaction of the store under test. */
    final void write(Consumer<StoreTransaction> work) {
        store.inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Runs a query on the store under test. */
    final <T> T read(Function<StoreTransaction, T> query) {
        return store.read(query);
    }

    /** Runs work that returns a number (a version, a count) in one transaction of the store under test. */
    final long writeLong(ToLongFunction<StoreTransaction> work) {
        return store.inTransaction(tx -> work.applyAsLong(tx));
    }

    /** Reads something that may be absent from the store under test. */
    final <T> Optional<T> found(Function<StoreTransaction, Optional<T>> query) {
        return store.read(query);
    }

    /** Reads a list from the store under test. */
    final <T> List<T> listed(Function<StoreTransaction, List<T>> query) {
        return store.read(query);
    }

    /** Reads a number from the store under test. */
    final long counted(ToLongFunction<StoreTransaction> query) {
        return store.read(tx -> query.applyAsLong(tx));
    }

    /** Reads a network's board from the store under test. */
    final Board board(NetworkId network) {
        return store.read(tx -> tx.governance().board(network));
    }

    /** Imports {@link TestData#graph()}: the network, its host, member, chair person, newsletter, summit, etc. */
    final void importTestGraph() {
        write(tx -> tx.importGraph(TestData.graph()));
    }

    /** A small valid organization, not in the test graph. */
    static Organization organization(String id) {
        return Organization.builder(OrganizationId.of(id), LocalizedText.en("Organization " + id), OrganizationType.NGO)
                .country("JP")
                .build();
    }

    /** A copy of {@link TestData#network()} under another identifier. */
    static Network network(NetworkId id) {
        return network(id, "Network " + id.value());
    }

    /** A copy of {@link TestData#network()} under another identifier and name. */
    static Network network(NetworkId id, String name) {
        return TestData.network(id, LocalizedText.en(name));
    }

    /** A newsletter issue of {@link TestData#NEWSLETTER}, as a message of the outbox. */
    static MailMessage message(String id) {
        return new NewsletterIssue(
                        MessageId.of(id),
                        TestData.NEWSLETTER,
                        106,
                        LocalDate.of(2020, 6, 30),
                        Set.of("Europe"),
                        LocalizedText.jaEn("第106号", "No. 106"),
                        LocalizedText.en("News from Europe."))
                .toMessage();
    }

    /** A pending delivery of a message to the subscription of {@link TestData#subscription()}, due at a time. */
    static Delivery delivery(String id, MessageId message, Instant due, Optional<PersonId> person) {
        return Delivery.pending(
                DeliveryId.of(id),
                message,
                "reader@example.org",
                Optional.of("Reader"),
                "ja",
                Optional.of(TestData.subscription().id()),
                person,
                due);
    }

    /** A day of 2021, the nth. */
    static LocalDate day(int n) {
        return LocalDate.of(2021, 1, 1).plusDays(n);
    }

    /**
     * Runs tasks at once on their own threads: each waits at one start gate, then all are let go together. Every wait
     * is bounded by {@link #RACE_TIMEOUT}, so a hang fails the test.
     *
     * @param tasks what each thread does
     * @return what each task returned, in the order of the tasks
     */
    static <T> List<T> race(List<Callable<T>> tasks) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    if (!start.await(RACE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                        throw new TimeoutException("the start gate never opened");
                    }
                    return task.call();
                }));
            }
            assertThat(ready.await(RACE_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .as("every racer reached the start gate")
                    .isTrue();
            start.countDown();
            long deadline = System.nanoTime() + RACE_TIMEOUT.toNanos();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (ExecutionException e) {
                    throw new AssertionError("a racer failed: " + e.getCause(), e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError("the race did not end within " + RACE_TIMEOUT, e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(RACE_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .as("every racer stopped")
                    .isTrue();
        }
    }

    /** The node the ith racer runs on: even ones on {@link #store}, odd ones on {@link #secondNode()}. */
    final NetworkStore node(int i, NetworkStore second) {
        return i % 2 == 0 ? store : second;
    }
}
