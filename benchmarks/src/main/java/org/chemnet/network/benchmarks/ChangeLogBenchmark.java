package org.chemnet.network.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.access.Actor;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.graph.NetworkGraphBuilder;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.Versioned;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the change log costs a write: one targeted, versioned change of a person through the runtime (access policy,
 * validation, the change itself, and its entry in the change log through the counter row that orders appending
 * transactions), beside the same versioned update straight through the store port, which records nothing, in the same
 * run. Once on one thread, and with four threads at once, each changing its own person, where the counter row makes
 * the appending transactions pass one at a time; H2 in memory and a real PostgreSQL, over a pool of four connections.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ChangeLogBenchmark {
    private static final NetworkId NETWORK = NetworkId.of("change-log-benchmark");
    private static final int PERSONS = 8;

    /** Which database. */
    @Param({"h2", "postgresql"})
    public String database;

    private BenchmarkDatabase db;
    private NetworkStore store;
    private NetworkRuntime runtime;

    /** Starts the database with a network of {@value #PERSONS} persons. */
    @Setup(Level.Trial)
    public void start() {
        db = BenchmarkDatabase.start(database);
        store = JdbcNetworkStore.create(db.dataSource(), JdbcConfig.defaults());
        runtime = NetworkRuntime.builder()
                .store(store)
                .actor(Actor.system("benchmark"))
                .build();
        NetworkGraphBuilder graph =
                NetworkGraph.builder(TestData.network(NETWORK, LocalizedText.en("Change log benchmark")));
        for (int i = 0; i < PERSONS; i++) {
            graph.persons(Person.of(person(i), "Person " + i));
        }
        runtime.networks().register(graph.build());
    }

    /** Stops it. */
    @TearDown(Level.Trial)
    public void stop() {
        runtime.close();
        db.close();
    }

    /** The runtime measured, for the test that checks both paths do the same work. */
    NetworkRuntime runtime() {
        return runtime;
    }

    static PersonId person(int i) {
        return PersonId.of("person-" + i);
    }

    /** The change measured: a person's name set. */
    static Person renamed(Person p) {
        return new Person(p.id(), "Person " + p.id().value(), p.position(), p.email(), p.language());
    }

    /** The person each benchmark thread changes. */
    @State(Scope.Thread)
    public static class Own {
        private static final AtomicInteger NEXT = new AtomicInteger();

        /** This thread's person. */
        final PersonId person;

        /** The next thread's person. */
        public Own() {
            this(person(NEXT.getAndIncrement() % PERSONS));
        }

        Own(PersonId person) {
            this.person = person;
        }
    }

    /** A person changed through the runtime: asked, validated, versioned, and kept in the change log. */
    @Benchmark
    public Person changeThroughTheRuntime(Own own) {
        return runtime.networks().update(own.person, ChangeLogBenchmark::renamed);
    }

    /** Baseline: the same versioned update straight through the store port, which records no change. */
    @Benchmark
    public long sameUpdateThroughTheStore(Own own) {
        return store.inTransaction(tx -> {
            Versioned<Person> stored = tx.organizations().find(own.person).orElseThrow();
            return tx.organizations().update(renamed(stored.value()), stored.version());
        });
    }

    /** Four threads at once through the runtime, each changing its own person. */
    @Benchmark
    @Threads(4)
    public Person changeThroughTheRuntimeFourThreads(Own own) {
        return changeThroughTheRuntime(own);
    }

    /** Baseline: four threads at once straight through the store. */
    @Benchmark
    @Threads(4)
    public long sameUpdateThroughTheStoreFourThreads(Own own) {
        return sameUpdateThroughTheStore(own);
    }
}
