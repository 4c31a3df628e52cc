package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.chemnet.network.kernel.NetworkException;

/**
 * Races a call on many threads at once over two runtimes that share one store, as two nodes of a host would, and
 * tells what each thread got. Shared by the contract suites' concurrency tests.
 */
public final class Races {
    /** How many threads race, half on each runtime. */
    public static final int THREADS = 16;

    private Races() {}

    /**
     * What one racing call gave: its value, or what it threw.
     *
     * @param thread the thread's number, from 0
     * @param value what the call returned, if it did
     * @param error what it threw, if it did
     * @param <T> what the call returns
     */
    public record Outcome<T>(int thread, Optional<T> value, Optional<RuntimeException> error) {}

    /**
     * Runs a call on {@value #THREADS} threads at once, the even ones on the first runtime, the odd ones on the
     * second, released together.
     *
     * @param first one node
     * @param second the other node
     * @param call the call, given the runtime and the thread's number
     * @param <T> what it returns
     * @return each thread's outcome, by thread
     * @throws Exception if a thread did not finish within two minutes
     */
    public static <T> List<Outcome<T>> race(
            NetworkRuntime first, NetworkRuntime second, BiFunction<NetworkRuntime, Integer, T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int thread = i;
                NetworkRuntime runtime = thread % 2 == 0 ? first : second;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return new Outcome<>(thread, Optional.of(call.apply(runtime, thread)), Optional.empty());
                    } catch (RuntimeException e) {
                        return new Outcome<T>(thread, Optional.empty(), Optional.of(e));
                    }
                }));
            }
            start.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What the calls that succeeded returned.
     *
     * @param outcomes the outcomes
     * @param <T> what the calls return
     * @return the values, by thread
     */
    public static <T> List<T> successes(List<Outcome<T>> outcomes) {
        return outcomes.stream().flatMap(o -> o.value().stream()).toList();
    }

    /**
     * Asserts that every failure is a {@link NetworkException} of one of the kinds allowed, with a message: nothing
     * else went wrong.
     *
     * @param outcomes the outcomes
     * @param allowed the kinds of clear error a loser may get
     */
    public static void losersGotClearErrors(List<? extends Outcome<?>> outcomes, Class<?>... allowed) {
        for (Outcome<?> outcome : outcomes) {
            outcome.error().ifPresent(e -> {
                assertThat(e).as("thread %d", outcome.thread()).isInstanceOf(NetworkException.class);
                assertThat(e).as("thread %d", outcome.thread()).isInstanceOfAny(allowed);
                assertThat(e.getMessage()).isNotBlank();
            });
        }
    }
}
