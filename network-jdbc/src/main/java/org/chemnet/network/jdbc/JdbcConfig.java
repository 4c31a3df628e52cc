package org.chemnet.network.jdbc;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Where and how {@link JdbcNetworkStore} keeps its tables: in which schema, with which table-name prefix, and whether
 * it applies its migrations itself.
 *
 * <p>Names are plain identifiers (letters, digits, underscores; starting with a letter or underscore), so that they
 * can never carry SQL.
 *
 * @param schema the schema of the tables, created if missing; empty for the connection's default schema
 * @param tablePrefix the prefix of every table name, such as {@code chemnet_}; may be empty
 * @param migrate true to apply the migrations shipped in the jar when the store is created; false when the host
 *     applies them itself
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record JdbcConfig(Optional<String> schema, String tablePrefix, boolean migrate) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}");
    private static final Pattern PREFIX = Pattern.compile("([A-Za-z_][A-Za-z0-9_]{0,40})?");

    /** The default table prefix. */
    public static final String DEFAULT_PREFIX = "chemnet_";

    /**
     * Creates a configuration.
     *
     * @throws IllegalArgumentException if the schema or prefix is not a plain identifier
     */
    public JdbcConfig {
        requireNonNull(schema, "schema");
        requireNonNull(tablePrefix, "tablePrefix");
        schema.ifPresent(s -> {
            if (!IDENTIFIER.matcher(s).matches()) {
                throw new IllegalArgumentException("schema must be a plain identifier of letters, digits and"
                        + " underscores, starting with a letter or underscore, at most 41 characters, but was '"
                        + s + "'");
            }
        });
        if (!PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must be empty or a plain identifier of letters, digits"
                    + " and underscores, starting with a letter or underscore, but was '" + tablePrefix + "'");
        }
    }

    /**
     * The defaults: the connection's default schema, the prefix {@value #DEFAULT_PREFIX}, migrations applied.
     *
     * @return the defaults; never null
     */
    public static JdbcConfig defaults() {
        return new JdbcConfig(Optional.empty(), DEFAULT_PREFIX, true);
    }

    /**
     * This configuration with the tables in a schema.
     *
     * @param name the schema
     * @return a new configuration; never null
     */
    public JdbcConfig withSchema(String name) {
        return new JdbcConfig(Optional.of(name), tablePrefix, migrate);
    }

    /**
     * This configuration with another table prefix.
     *
     * @param prefix the prefix, possibly empty
     * @return a new configuration; never null
     */
    public JdbcConfig withTablePrefix(String prefix) {
        return new JdbcConfig(schema, prefix, migrate);
    }

    /**
     * This configuration with migrations left to the host.
     *
     * @return a new configuration; never null
     */
    public JdbcConfig withoutMigration() {
        return new JdbcConfig(schema, tablePrefix, false);
    }

    /**
     * The name of the table in which Flyway records the migrations applied: the prefix followed by
     * {@code schema_history}, apart from any history table of the host's own.
     *
     * @return the table name; never null
     */
    public String historyTable() {
        return tablePrefix + "schema_history";
    }
}
