package org.chemnet.network.jdbc.internal;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.chemnet.network.jdbc.internal.Args.bigint;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.chemnet.network.common.Period;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NotFoundException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * The statements of one transaction, on one JDBI handle: queries, updates, batches, upserts and versioned updates,
 * with the table names and the database's dialect. Every port of a {@link JdbcTransaction} runs its SQL here. Not part
 * of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Sql {
    /** Rows per JDBC batch in bulk writes: large enough to amortize round trips, small enough to bound memory. */
    static final int BATCH_ROWS = 1_000;

    /** Rows fetched at a time by queries that stream. */
    static final int FETCH_ROWS = 1_000;

    /** Keys per {@code IN} list: few enough for every database's limit of parameters. */
    static final int IN_LIST = 500;

    private final Handle handle;
    private final Tables tables;
    private final Dialect dialect;

    /**
     * Creates the statements of a handle that is in a transaction.
     *
     * @param handle the handle
     * @param tables the table names
     * @param dialect the database's dialect
     */
    public Sql(Handle handle, Tables tables, Dialect dialect) {
        this.handle = handle;
        this.tables = tables;
        this.dialect = dialect;
    }

    /** The qualified name of a table, such as {@code membership}. */
    String t(String name) {
        return tables.of(name);
    }

    /** The database's dialect. */
    Dialect dialect() {
        return dialect;
    }

    // ---------------------------------------------------------------- statements

    int update(String sql, Argument... args) {
        Update update = handle.createUpdate(sql);
        for (int i = 0; i < args.length; i++) {
            update.bind(i, args[i]);
        }
        return update.execute();
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Argument... args) {
        Query query = handle.createQuery(sql);
        for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
        }
        return query.map(mapper).list();
    }

    /**
     * Runs a query and hands each row to a consumer as it is read, {@value #FETCH_ROWS} rows fetched at a time, so
     * that memory holds a fetch, not the result: PostgreSQL streams only inside a transaction, which every store
     * call is.
     *
     * @param sql the query
     * @param mapper what a row becomes
     * @param each what is done with each
     * @param args its arguments
     */
    <T> void each(String sql, RowMapper<T> mapper, Consumer<T> each, Argument... args) {
        Query query = handle.createQuery(sql).setFetchSize(FETCH_ROWS);
        for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
        }
        query.map(mapper).forEach(each);
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Argument... args) {
        List<T> rows = query(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Runs a query for rows whose key is one of many, {@value #IN_LIST} keys a statement: {@code prefix} is the query
     * up to {@code IN }, and the list of parameters is added.
     *
     * @param prefix the query, ending in {@code IN }
     * @param keys the keys, as text
     * @param mapper what a row becomes
     * @return the rows of every statement
     */
    <T> List<T> in(String prefix, List<String> keys, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_LIST) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + IN_LIST));
            rows.addAll(query(
                    prefix + "(" + placeholders(part.size()) + ")",
                    mapper,
                    part.stream().map(Args::text).toArray(Argument[]::new)));
        }
        return rows;
    }

    boolean exists(String table, String where, Argument... args) {
        return !query("SELECT 1 FROM " + t(table) + " WHERE " + where, (rs, ctx) -> 1, args)
                .isEmpty();
    }

    /**
     * Runs a statement once per row of arguments, sending the rows to the database {@value #BATCH_ROWS} at a time.
     * Plain JDBC under the handle's connection: JDBI's {@code PreparedBatch} would hold every row's bindings until
     * one batch of all rows runs, which cost a bulk import about a quarter of its time (see docs/benchmarks.md).
     *
     * @return the update count of each row, in order
     */
    int[] batch(String sql, List<Argument[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        int[] counts = new int[rows.size()];
        int done = 0;
        try (Update update = handle.createUpdate(sql)) {
            StatementContext context = update.getContext();
            try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
                int pending = 0;
                for (Argument[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        row[i].apply(i + 1, statement, context);
                    }
                    statement.addBatch();
                    if (++pending == BATCH_ROWS) {
                        done = copy(statement.executeBatch(), counts, done);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    copy(statement.executeBatch(), counts, done);
                }
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, context);
            }
        }
        return counts;
    }

    private static int copy(int[] from, int[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }

    /**
     * Updates a row by its key, or inserts it if there is none. The key's arguments come last.
     *
     * @param table the table, without prefix
     * @param columns the other columns, comma-separated
     * @param keyColumns the key columns, comma-separated
     * @param values the columns' values, then the key's
     */
    void upsert(String table, String columns, String keyColumns, Argument... values) {
        String set = assignments(columns, ", ");
        String where = assignments(keyColumns, " AND ");
        if (update("UPDATE " + t(table) + " SET " + set + " WHERE " + where, values) == 0) {
            update(
                    "INSERT INTO " + t(table) + " (" + columns + ", " + keyColumns + ") VALUES ("
                            + placeholders(values.length) + ")",
                    values);
        }
    }

    /**
     * Inserts a row, and reports a row with its key stored already (by another writer, or before) as a
     * {@link ConcurrentUpdateException}.
     *
     * @param kind what the row is, such as {@code organization}
     * @param id its identifier, for the message
     * @param sql the insert
     * @param args its arguments
     */
    void insert(String kind, Object id, String sql, Argument... args) {
        insert(e -> storedAlready(kind, id, e), sql, args);
    }

    /**
     * Inserts a row, and reports a unique violation (a key or a unique column another writer stored first) as the
     * {@link ConcurrentUpdateException} the caller makes of it.
     *
     * @param conflict what a unique violation is reported as, given the database's failure
     * @param sql the insert
     * @param args its arguments
     */
    void insert(
            Function<UnableToExecuteStatementException, ConcurrentUpdateException> conflict,
            String sql,
            Argument... args) {
        try {
            update(sql, args);
        } catch (UnableToExecuteStatementException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw conflict.apply(e);
            }
            throw e;
        }
    }

    /**
     * Inserts many rows in batches, and reports a unique violation as a {@link ConcurrentUpdateException}: one of the
     * rows was stored, by another writer, after the caller looked.
     *
     * @param kind what the rows are, such as {@code organization}
     * @param sql the insert
     * @param rows each row's arguments
     */
    void insertAll(String kind, String sql, List<Argument[]> rows) {
        try {
            batch(sql, rows);
        } catch (UnableToExecuteStatementException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw conflict(
                        new ConcurrentUpdateException("a " + kind + " of the batch is stored already: another writer"
                                + " stored it first (" + SqlErrors.detail(e) + ")"),
                        e);
            }
            throw e;
        }
    }

    /** The exception for an insert of a key that is stored already. */
    static ConcurrentUpdateException storedAlready(String kind, Object id, Throwable cause) {
        return conflict(
                new ConcurrentUpdateException(kind + " '" + id + "' is stored already: another writer stored it first"),
                cause);
    }

    /**
     * A conflict, with the database's failure as its cause.
     *
     * @param conflict the conflict
     * @param cause the failure
     * @return the conflict
     */
    static ConcurrentUpdateException conflict(ConcurrentUpdateException conflict, Throwable cause) {
        conflict.initCause(cause);
        return conflict;
    }

    /**
     * Replaces a versioned row if its stored version is the one expected, and advances its version:
     * {@code UPDATE ... SET ..., row_version = row_version + 1 WHERE <key> AND row_version = ?}.
     *
     * @param kind what the row is, such as {@code organization}
     * @param id its identifier, for the messages
     * @param table the table, without prefix
     * @param columns the columns set, comma-separated
     * @param keyColumns the key columns, comma-separated
     * @param values the columns' values, then the key's
     * @param keyCount how many of the values are the key's, at the end
     * @param expectedVersion the version that was read
     * @return the new version
     * @throws NotFoundException if no row has the key
     * @throws ConcurrentUpdateException if the row's version is another
     */
    long updateVersioned(
            String kind,
            Object id,
            String table,
            String columns,
            String keyColumns,
            Argument[] values,
            int keyCount,
            long expectedVersion) {
        String where = assignments(keyColumns, " AND ");
        Argument[] args = Arrays.copyOf(values, values.length + 1);
        args[values.length] = bigint(expectedVersion);
        int changed = update(
                "UPDATE " + t(table) + " SET " + assignments(columns, ", ") + ", row_version = row_version + 1 WHERE "
                        + where + " AND row_version = ?",
                args);
        if (changed == 0) {
            Argument[] key = Arrays.copyOfRange(values, values.length - keyCount, values.length);
            if (!exists(table, where, key)) {
                throw new NotFoundException(kind, id);
            }
            throw new ConcurrentUpdateException(kind, id, expectedVersion);
        }
        return expectedVersion + 1;
    }

    // ---------------------------------------------------------------- SQL text and columns

    /**
     * Each of some columns set to a parameter, as in a {@code SET} or {@code WHERE} clause.
     *
     * @param columns the columns, comma-separated
     * @param separator what stands between two of them: a comma for {@code SET}, {@code AND} for {@code WHERE}
     * @return {@code "a = ?"} for each column {@code a}, joined by the separator
     */
    static String assignments(String columns, String separator) {
        return Arrays.stream(columns.split(",\\s*", -1)).map(c -> c + " = ?").collect(Collectors.joining(separator));
    }

    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Optional<LocalDate> optionalDay(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    static Optional<String> optionalText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static Optional<Integer> optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<Period> period(ResultSet rs, String start, String end) throws SQLException {
        Optional<LocalDate> first = optionalDay(rs, start);
        return first.isEmpty() ? Optional.empty() : Optional.of(new Period(first.get(), optionalDay(rs, end)));
    }
}
