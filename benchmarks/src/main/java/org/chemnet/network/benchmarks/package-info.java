/**
 * JMH benchmarks, each beside the baseline a user would otherwise write, measured in the same run. Run them with
 * {@code java -jar benchmarks/target/benchmarks.jar}; they are never part of the test run.
 */
package org.chemnet.network.benchmarks;
