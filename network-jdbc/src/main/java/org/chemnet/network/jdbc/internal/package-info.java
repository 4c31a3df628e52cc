/**
 * The implementation of the JDBC store: one transaction ({@code JdbcTransaction}) handing out one class per store port
 * ({@code JdbcNetworks}, {@code JdbcOrganizations}, {@code JdbcMemberships}, {@code JdbcGovernance},
 * {@code JdbcContent}, {@code JdbcSubscriptions}, {@code JdbcOutbox}), the statements they share ({@code Sql}), the
 * SQL dialects, row mapping and JSON text columns. Not part of the API.
 */
@NullMarked
package org.chemnet.network.jdbc.internal;

import org.jspecify.annotations.NullMarked;
