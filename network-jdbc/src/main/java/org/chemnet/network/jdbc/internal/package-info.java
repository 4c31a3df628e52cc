/** The implementation of the JDBC store: statements, row mapping, JSON text columns. Not part of the API. */
package org.chemnet.network.jdbc.internal;
