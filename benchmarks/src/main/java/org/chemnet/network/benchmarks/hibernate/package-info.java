/**
 * The Hibernate ORM 7 baseline of {@code JdbcImportBenchmark}: entities mapped onto the same tables as network-jdbc
 * writes, and a batch persist of them, as many users would write it instead of using network-jdbc.
 */
package org.chemnet.network.benchmarks.hibernate;
