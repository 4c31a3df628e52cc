/**
 * JMH benchmarks, each beside the baseline a user would otherwise write (or pick instead), measured in the same run:
 * JSON export and import, validation warm and cold, JDBC bulk import against raw JDBC and Hibernate ORM, the
 * participants-of-a-day query over a million memberships, and a newsletter to 10,000 recipients. Run them all with
 * {@code benchmarks/run}, one with {@code java -jar benchmarks/target/benchmarks.jar Name}; they are never part of the
 * test run, whose tests only check that each benchmark and its baselines do the same work. Figures:
 * docs/benchmarks.md.
 */
package org.chemnet.network.benchmarks;
