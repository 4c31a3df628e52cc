package org.chemnet.network.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.function.Function;
import org.apiguardian.api.API;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads an identifier from a JSON string, with the identifier's own rules: a malformed one is reported as an invalid
 * value with the identifier's message. Not part of the API.
 *
 * @param <T> the identifier type
 */
@API(status = INTERNAL, since = "0.1.0")
public final class IdDeserializer<T> extends StdScalarDeserializer<T> {
    private final transient Function<String, T> factory;
    private final Class<T> type;

    /**
     * Creates the deserializer.
     *
     * @param type the identifier type
     * @param factory makes one from its text
     */
    public IdDeserializer(Class<T> type, Function<String, T> factory) {
        super(type);
        this.type = type;
        this.factory = factory;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return type.cast(context.handleUnexpectedToken(type, parser));
        }
        String text = parser.getString();
        try {
            return factory.apply(text);
        } catch (IllegalArgumentException e) {
            return type.cast(context.handleWeirdStringValue(type, text, e.getMessage()));
        }
    }
}
