/**
 * Persistence on H2 and PostgreSQL: {@link org.chemnet.network.jdbc.JdbcNetworkStore}, the store port over a
 * host-supplied {@code DataSource}, with its schema applied by Flyway migrations of its own.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.jdbc;

import org.jspecify.annotations.NullMarked;
