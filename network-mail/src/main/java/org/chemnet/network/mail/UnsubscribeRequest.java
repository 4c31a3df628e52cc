package org.chemnet.network.mail;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.mail.internal.FormData;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request to the unsubscribe address, as the host's server received it, for
 * {@link UnsubscribeEndpoint#handle(UnsubscribeRequest)}: what the endpoint needs of it and nothing else (no cookies,
 * no session: RFC 8058 says the one-click POST carries none).
 *
 * <p>The body is read by the host, at most {@link #MAX_BODY_BYTES} plus one bytes of it ({@link
 * #readBody(InputStream)} reads that much): the endpoint answers 413 to any body longer than {@value #MAX_BODY_BYTES}
 * bytes, so there is no need to read more.
 *
 * <p>{@link #toString()} names the query parameters but not their values, so that a request logged does not put the
 * token of an unsubscribe link in the log.
 *
 * @param method the method, such as {@code GET} or {@code POST}, as sent (methods are case-sensitive); never null
 * @param query the parameters of the query string, decoded, by name, each with its values in order; copied; never null
 *     (see {@link #parseForm(String)})
 * @param contentType the {@code Content-Type} header, if the request has one; never null
 * @param body the body, or as much of it as the host read (at least {@value #MAX_BODY_BYTES} plus one bytes, if it
 *     has that many); empty if none; copied; never null
 * @param acceptLanguage the {@code Accept-Language} header, if the request has one; never null
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
@SuppressWarnings("ArrayRecordComponent") // copied in and out; equals, hashCode and toString compare the contents
public record UnsubscribeRequest(
        String method,
        Map<String, List<String>> query,
        Optional<String> contentType,
        byte[] body,
        Optional<String> acceptLanguage) {

    /** The longest body the endpoint reads, in bytes: 8 KiB, far more than any form to unsubscribe needs. */
    public static final int MAX_BODY_BYTES = 8 * 1024;

    /**
     * Creates a request.
     *
     * @throws IllegalArgumentException if the method is empty or has a space or a control character
     */
    public UnsubscribeRequest {
        requireNonNull(method, "method");
        requireNonNull(query, "query");
        requireNonNull(contentType, "contentType");
        requireNonNull(body, "body");
        requireNonNull(acceptLanguage, "acceptLanguage");
        if (method.isEmpty() || !method.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("method must be an HTTP method such as GET or POST");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        query.forEach((name, values) -> copy.put(requireNonNull(name, "query name"), List.copyOf(values)));
        query = Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    /**
     * The body.
     *
     * @return a copy of the body; never null
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * Reads a query string or an {@code application/x-www-form-urlencoded} body strictly: pairs separated by
     * {@code &}, {@code name=value} (a pair without {@code =} has the value ""), {@code +} for a space, {@code %} and
     * two hexadecimal digits for a byte, the bytes UTF-8. Nothing else is accepted: no character that is not
     * printable ASCII, no {@code %} without two hexadecimal digits, no bytes that are not UTF-8.
     *
     * <pre>{@code
     * Map<String, List<String>> query = UnsubscribeRequest.parseForm(rawQuery).orElse(Map.of());
     * }</pre>
     *
     * <p>A query that cannot be read carries no token that could be genuine, so a host may well pass an empty map for
     * it: the endpoint then answers 400, as to a request without a token.
     *
     * @param encoded the query string as sent, still percent-encoded, without the {@code ?}; "" for none
     * @return the values by name, in the order given; unmodifiable; empty if the text is not well formed
     */
    public static Optional<Map<String, List<String>>> parseForm(String encoded) {
        requireNonNull(encoded, "encoded");
        try {
            return Optional.of(FormData.urlEncoded(encoded));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a request body up to the limit: all of it if it has at most {@value #MAX_BODY_BYTES} bytes, else
     * {@value #MAX_BODY_BYTES} plus one bytes of it, enough for the endpoint to refuse it with 413. The stream is not
     * closed.
     *
     * @param in the body
     * @return the bytes read; never null
     * @throws IOException if the stream cannot be read
     */
    public static byte[] readBody(InputStream in) throws IOException {
        return requireNonNull(in, "in").readNBytes(MAX_BODY_BYTES + 1);
    }

    /**
     * Whether another request has the same method, query, headers and body.
     *
     * @param other the other object
     * @return true if it is an equal request
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof UnsubscribeRequest that
                && method.equals(that.method)
                && query.equals(that.query)
                && contentType.equals(that.contentType)
                && Arrays.equals(body, that.body)
                && acceptLanguage.equals(that.acceptLanguage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, query, contentType, Arrays.hashCode(body), acceptLanguage);
    }

    /**
     * The request for a log: its method, the names of its query parameters (not their values: a token is one), its
     * headers and the length of its body.
     *
     * @return the text; never null
     */
    @Override
    public String toString() {
        return "UnsubscribeRequest[method=" + method + ", query=" + query.keySet() + ", contentType="
                + contentType.orElse("(none)") + ", body=" + body.length + " bytes, acceptLanguage="
                + acceptLanguage.orElse("(none)") + "]";
    }
}
