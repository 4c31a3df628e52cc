package org.chemnet.network.jdbc.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import org.apiguardian.api.API;

/** The qualified names of the tables, in the configured schema and with the configured prefix. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class Tables {
    private final String qualifier;
    private final String prefix;

    /**
     * Creates the names.
     *
     * @param schema the schema, already checked to be a plain identifier
     * @param prefix the table prefix, already checked to be a plain identifier
     */
    public Tables(Optional<String> schema, String prefix) {
        this.qualifier = schema.map(s -> "\"" + s + "\".").orElse("");
        this.prefix = prefix;
    }

    /**
     * The qualified name of a table.
     *
     * @param name the table's name without prefix, such as {@code membership}
     * @return the qualified name
     */
    public String of(String name) {
        return qualifier + prefix + name;
    }
}
