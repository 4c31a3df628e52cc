package org.chemnet.network.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.validation.NetworkValidator;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a whole network of 100,000 organizations with their memberships, warm: ours
 * ({@link NetworkValidator#validate}: the graph's cascade and its reference check) against Hibernate Validator called
 * by hand on every record, one at a time ({@link RecordByRecord}), over the same validator factory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
    @Param("100000")
    public int organizations;

    NetworkGraph graph;
    NetworkValidator ours;
    Validator plain;
    private ValidatorFactory factory;

    /** Makes the network and the validators. */
    @Setup(Level.Trial)
    public void setUp() {
        graph = RandomNetworks.graph(2026, organizations);
        factory = Validation.buildDefaultValidatorFactory();
        ours = NetworkValidator.using(factory);
        plain = factory.getValidator();
    }

    /** Closes the factory. */
    @TearDown(Level.Trial)
    public void tearDown() {
        factory.close();
    }

    /**
     * Ours: the whole graph.
     *
     * @return how many violations were found (none)
     */
    @Benchmark
    public int ours() {
        return ours.validate(graph).size();
    }

    /**
     * The baseline: every record by hand.
     *
     * @return how many violations were found (none)
     */
    @Benchmark
    public int recordByRecord() {
        return RecordByRecord.validate(plain, graph);
    }
}
