package org.chemnet.network.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.TestData;
import org.chemnet.network.validation.NetworkValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first validation in a fresh JVM: bootstrap of the provider, reading every constraint of the model, and
 * validating one small network. Ours ({@link NetworkValidator#create()} and the whole graph) against Hibernate
 * Validator's own bootstrap and the same network's records validated by hand ({@link RecordByRecord}). One shot per
 * fork, many forks: each sample is a cold JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ValidationColdStartBenchmark {
    /**
     * Ours, from nothing.
     *
     * @return how many violations were found (none)
     */
    @Benchmark
    public int ours() {
        try (NetworkValidator validator = NetworkValidator.create()) {
            return validator.validate(TestData.graph()).size();
        }
    }

    /**
     * The baseline, from nothing.
     *
     * @return how many violations were found (none)
     */
    @Benchmark
    public int recordByRecord() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return RecordByRecord.validate(factory.getValidator(), TestData.graph());
        }
    }
}
