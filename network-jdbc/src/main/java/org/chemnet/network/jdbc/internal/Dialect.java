package org.chemnet.network.jdbc.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The databases whose SQL differs where it matters: upserts in bulk and claims of due deliveries. Detected once per
 * store from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public enum Dialect {
    /** H2 2.x: {@code MERGE INTO ... USING} for bulk upserts, optimistic claims. */
    H2,
    /** PostgreSQL: {@code INSERT ... ON CONFLICT} for bulk upserts, claims with {@code FOR UPDATE SKIP LOCKED}. */
    POSTGRESQL,
    /** Another database: standard SQL only (an update, then an insert of the rows it missed; optimistic claims). */
    OTHER;

    /**
     * The dialect of a database product.
     *
     * @param productName what the driver calls the database, such as {@code H2} or {@code PostgreSQL}
     * @return the dialect; {@link #OTHER} for a database this store does not know
     */
    public static Dialect of(String productName) {
        String name = String.valueOf(productName).toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return H2;
        }
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        return OTHER;
    }
}
