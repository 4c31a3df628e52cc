package org.chemnet.network.mail;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What {@link UnsubscribeEndpoint#handle(UnsubscribeRequest)} answers, for the host's server to send as it is: the
 * status, the {@code Content-Type}, the body (to be sent in UTF-8, which the content type names) and every other
 * header.
 *
 * <pre>{@code
 * response.headers().forEach(exchange.getResponseHeaders()::set);
 * exchange.getResponseHeaders().set("Content-Type", response.contentType());
 * byte[] body = response.bodyBytes();
 * exchange.sendResponseHeaders(response.status(), body.length);
 * exchange.getResponseBody().write(body);
 * }</pre>
 *
 * @param status the HTTP status code, 100 to 599
 * @param contentType the {@code Content-Type}, such as {@code text/html; charset=UTF-8}; never null
 * @param body the body; never null
 * @param headers the other headers, by name, in order: neither {@code Content-Type} nor {@code Content-Length};
 *     copied, unmodifiable; never null
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record UnsubscribeResponse(int status, String contentType, String body, Map<String, String> headers) {
    /**
     * Creates a response.
     *
     * @throws IllegalArgumentException naming every part that is wrong: a status out of range, a content type or a
     *     header value with a line break or another control character, a header name that is not an HTTP token, or
     *     a {@code Content-Type} or {@code Content-Length} among the headers
     */
    public UnsubscribeResponse {
        requireNonNull(contentType, "contentType");
        requireNonNull(body, "body");
        requireNonNull(headers, "headers");
        List<String> problems = new ArrayList<>();
        if (status < 100 || status > 599) {
            problems.add("status must be 100 to 599, but was " + status);
        }
        if (contentType.isBlank() || hasControlCharacter(contentType)) {
            problems.add("contentType must be a media type on one line");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            requireNonNull(name, "header name");
            requireNonNull(value, "header value");
            if (name.isEmpty() || !name.chars().allMatch(UnsubscribeResponse::isTokenCharacter)) {
                problems.add("header name '" + name.replaceAll("\\p{Cntrl}", "?") + "' is not an HTTP token");
            } else if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length")) {
                problems.add("header " + name.toLowerCase(Locale.ROOT) + " must not be among the headers");
            }
            if (hasControlCharacter(value)) {
                problems.add("header " + name.replaceAll("\\p{Cntrl}", "?") + " has a control character");
            }
            copy.put(name, value);
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid unsubscribe response: " + String.join("; ", problems));
        }
        headers = Collections.unmodifiableMap(copy);
    }

    /**
     * The body in UTF-8, as the content type says it is.
     *
     * @return the bytes; never null
     */
    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7F);
    }

    private static boolean isTokenCharacter(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
