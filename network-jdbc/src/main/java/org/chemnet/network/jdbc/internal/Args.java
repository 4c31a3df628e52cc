package org.chemnet.network.jdbc.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jdbi.v3.core.argument.Argument;

/**
 * Typed statement arguments, so that a null is always bound with its SQL type and a date never passes through a time
 * zone. Every value reaches the database as a bound parameter, never as SQL text. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Args {
    private Args() {}

    /** Text, or SQL null. */
    public static Argument text(String value) {
        return (position, statement, context) -> {
            if (value == null) {
                statement.setNull(position, Types.VARCHAR);
            } else {
                statement.setString(position, value);
            }
        };
    }

    /** Optional text. */
    public static Argument text(Optional<String> value) {
        return text(value.orElse(null));
    }

    /** A day, or SQL null. */
    public static Argument date(LocalDate value) {
        return (position, statement, context) -> {
            if (value == null) {
                statement.setNull(position, Types.DATE);
            } else {
                statement.setObject(position, value);
            }
        };
    }

    /** An optional day. */
    public static Argument date(Optional<LocalDate> value) {
        return date(value.orElse(null));
    }

    /** A whole number, or SQL null. */
    public static Argument integer(Integer value) {
        return (position, statement, context) -> {
            if (value == null) {
                statement.setNull(position, Types.INTEGER);
            } else {
                statement.setInt(position, value);
            }
        };
    }

    /** A long whole number. */
    public static Argument bigint(long value) {
        return (position, statement, context) -> statement.setLong(position, value);
    }

    /** A truth value. */
    public static Argument bool(boolean value) {
        return (position, statement, context) -> statement.setBoolean(position, value);
    }

    /** A truth value, or SQL null. */
    public static Argument bool(@org.jspecify.annotations.Nullable Boolean value) {
        return value == null
                ? (position, statement, context) -> statement.setNull(position, java.sql.Types.BOOLEAN)
                : bool(value.booleanValue());
    }

    /** A decimal, or SQL null. */
    public static Argument decimal(BigDecimal value) {
        return (position, statement, context) -> {
            if (value == null) {
                statement.setNull(position, Types.DECIMAL);
            } else {
                statement.setBigDecimal(position, value);
            }
        };
    }

    /** An instant as microseconds since the epoch. */
    public static Argument micros(Instant value) {
        return bigint(toMicros(value));
    }

    /** An instant as microseconds since the epoch, or SQL null. */
    public static Argument micros(java.util.Optional<Instant> value) {
        return (position, statement, context) -> {
            if (value.isEmpty()) {
                statement.setNull(position, Types.BIGINT);
            } else {
                statement.setLong(position, toMicros(value.get()));
            }
        };
    }

    /** An instant's microseconds since the epoch. */
    public static long toMicros(Instant value) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, value);
    }

    /** The instant of some microseconds since the epoch. */
    public static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
