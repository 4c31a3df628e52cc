package org.chemnet.network.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import org.apiguardian.api.API;

/**
 * Bytes that are not UTF-8, found by {@link StrictUtf8}: where the bad sequence starts (byte offset, line and column,
 * as Jackson counts them) and what is wrong with it. An {@link IOException}, so that it comes out of
 * {@link java.io.InputStream#read} and Jackson hands it on as the cause of its {@code JacksonIOException}. Not part of
 * the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    private final long offset;
    private final int line;
    private final int column;
    private final String reason;

    MalformedUtf8Exception(long offset, int line, int column, String reason) {
        super("must be JSON text in UTF-8, but has " + reason + " at byte " + offset);
        this.offset = offset;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The offset of the first byte of the bad sequence, from 0. */
    public long offset() {
        return offset;
    }

    /** The line of the bad sequence, from 1. */
    public int line() {
        return line;
    }

    /** The column of the bad sequence's first byte within its line, in bytes, from 1. */
    public int column() {
        return column;
    }

    /** What is wrong, such as {@code an overlong encoding (C0 AF)}. */
    public String reason() {
        return reason;
    }
}
