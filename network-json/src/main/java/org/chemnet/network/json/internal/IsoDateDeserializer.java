package org.chemnet.network.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.apiguardian.api.API;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;

/**
 * Reads a day. A string of exactly the form {@code yyyy-MM-dd} that is a real day is read by hand; everything else
 * goes to Jackson's own {@link LocalDateDeserializer}, with its rules and its messages. Jackson's formatter-based
 * parsing was a sixth of a network import's binding (JsonImportBenchmark). Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    private final transient ValueDeserializer<?> jackson;

    /** Creates the deserializer. */
    public IsoDateDeserializer() {
        this(LocalDateDeserializer.INSTANCE);
    }

    private IsoDateDeserializer(ValueDeserializer<?> jackson) {
        super(LocalDate.class);
        this.jackson = jackson;
    }

    /** Keeps Jackson's own deserializer, contextualized as it would be, for everything not read by hand. */
    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return new IsoDateDeserializer(jackson.createContextual(context, property));
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            LocalDate day = parse(parser.getString());
            if (day != null) {
                return day;
            }
        }
        return (LocalDate) jackson.deserialize(parser, context);
    }

    /**
     * Reads {@code yyyy-MM-dd}.
     *
     * @param text the text
     * @return the day, or null if the text is not of that form or not a real day
     */
    static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number the digits from..to spell, or -1 if one is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
