package org.chemnet.network.mail.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Strict readers of form data: {@code application/x-www-form-urlencoded} (a query string or a form body) and
 * {@code multipart/form-data} of text fields (RFC 7578), both UTF-8. What is not well formed is refused with an
 * {@link IllegalArgumentException} whose message never repeats the input, so that no token reaches a log. Not part of
 * the API.
 */
@API(status = INTERNAL, since = "0.6.0")
public final class FormData {
    private FormData() {}

    /**
     * A media type and its parameters, as in {@code Content-Type} and {@code Content-Disposition}.
     *
     * @param type the type, such as {@code multipart/form-data}, in lower case
     * @param parameters the parameters by lower-case name, quoted strings unquoted
     */
    public record MediaType(String type, Map<String, String> parameters) {
        /**
         * Reads a header value.
         *
         * @param value the header value
         * @return the media type
         * @throws IllegalArgumentException if the value is not well formed
         */
        public static MediaType parse(String value) {
            List<String> parts = splitParameters(value);
            String type = parts.get(0).strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                throw new IllegalArgumentException("the header has no type");
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                String parameter = part.strip();
                if (parameter.isEmpty()) {
                    continue;
                }
                int eq = parameter.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("a parameter of the header has no value");
                }
                String name = parameter.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String raw = parameter.substring(eq + 1).strip();
                parameters.put(name, unquote(raw));
            }
            return new MediaType(type, Collections.unmodifiableMap(parameters));
        }

        /**
         * A parameter.
         *
         * @param name its lower-case name
         * @return its value, if given
         */
        public Optional<String> parameter(String name) {
            return Optional.ofNullable(parameters.get(name));
        }
    }

    /**
     * Reads {@code application/x-www-form-urlencoded} text as the WHATWG URL standard does, but strictly: pairs
     * separated by {@code &}, {@code +} for a space, {@code %} and two hexadecimal digits for a byte, the bytes UTF-8.
     *
     * @param text the query string or form body, without {@code ?}
     * @return the values by name, in order; unmodifiable
     * @throws IllegalArgumentException if a character is not printable ASCII, a {@code %} is not followed by two
     *     hexadecimal digits, or the bytes are not UTF-8
     */
    public static Map<String, List<String>> urlEncoded(String text) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : text.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.computeIfAbsent(percentDecoded(name), k -> new ArrayList<>()).add(percentDecoded(value));
        }
        return unmodifiable(values);
    }

    /**
     * Reads a {@code multipart/form-data} body of text fields. Parts with a file name are left out; lines end with
     * CRLF, as RFC 2046 says.
     *
     * @param body the body
     * @param boundary the boundary from the {@code Content-Type}
     * @return the values by name, in order; unmodifiable
     * @throws IllegalArgumentException if the body is not well formed, a part names no field, or a value is not UTF-8
     */
    public static Map<String, List<String>> multipart(byte[] body, String boundary) {
        if (boundary.isEmpty() || boundary.length() > 70 || hasLineBreak(boundary)) {
            throw new IllegalArgumentException("the multipart boundary is not valid");
        }
        // ISO-8859-1 keeps one char per byte, so that positions in the text are positions in the body.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        String nextDelimiter = "\r\n" + delimiter;
        int pos;
        if (text.startsWith(delimiter)) {
            pos = delimiter.length();
        } else {
            int first = text.indexOf(nextDelimiter);
            if (first < 0) {
                throw new IllegalArgumentException("the multipart body has no boundary");
            }
            pos = first + nextDelimiter.length();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        while (!text.startsWith("--", pos)) {
            while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                pos++;
            }
            if (!text.startsWith("\r\n", pos)) {
                throw new IllegalArgumentException("a multipart boundary is not followed by a line break");
            }
            pos += 2;
            String headers;
            int contentStart;
            if (text.startsWith("\r\n", pos)) {
                headers = "";
                contentStart = pos + 2;
            } else {
                int end = text.indexOf("\r\n\r\n", pos);
                if (end < 0) {
                    throw new IllegalArgumentException("the headers of a multipart part do not end");
                }
                headers = text.substring(pos, end);
                contentStart = end + 4;
            }
            int next = text.indexOf(nextDelimiter, contentStart);
            if (next < 0) {
                throw new IllegalArgumentException("the multipart body does not end with its boundary");
            }
            part(headers, text.substring(contentStart, next), values);
            pos = next + nextDelimiter.length();
        }
        return unmodifiable(values);
    }

    private static void part(String headers, String content, Map<String, List<String>> values) {
        Optional<MediaType> disposition = Optional.empty();
        Optional<MediaType> type = Optional.empty();
        for (String line : headers.replaceAll("\r\n[ \t]", " ").split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("a header of a multipart part is not well formed");
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1);
            switch (name) {
                case "content-disposition" -> disposition = Optional.of(MediaType.parse(value));
                case "content-type" -> type = Optional.of(MediaType.parse(value));
                case "content-transfer-encoding" -> {
                    String encoding = value.strip().toLowerCase(Locale.ROOT);
                    if (!(encoding.equals("7bit") || encoding.equals("8bit") || encoding.equals("binary"))) {
                        throw new IllegalArgumentException("a multipart part has a transfer encoding not supported");
                    }
                }
                default -> {
                    // other headers of a part say nothing about a text field
                }
            }
        }
        MediaType form = disposition
                .filter(d -> d.type().equals("form-data"))
                .orElseThrow(() -> new IllegalArgumentException("a multipart part is not form data"));
        String field = form.parameter("name")
                .orElseThrow(() -> new IllegalArgumentException("a multipart part names no field"));
        if (form.parameter("filename").isPresent()) {
            return;
        }
        Optional<String> charset = type.flatMap(t -> t.parameter("charset")).map(c -> c.toLowerCase(Locale.ROOT));
        if (charset.isPresent()
                && !(charset.get().equals("utf-8") || charset.get().equals("us-ascii"))) {
            throw new IllegalArgumentException("a multipart part is not in UTF-8");
        }
        values.computeIfAbsent(field, k -> new ArrayList<>()).add(utf8(content.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException(
                            "a % in the form data is not followed by two hexadecimal digits");
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0 || text.charAt(i + 1) > 0x7F || text.charAt(i + 2) > 0x7F) {
                    throw new IllegalArgumentException(
                            "a % in the form data is not followed by two hexadecimal digits");
                }
                bytes.write((high << 4) | low);
                i += 2;
            } else if (c > 0x20 && c < 0x7F) {
                bytes.write(c);
            } else {
                throw new IllegalArgumentException("the form data has a character that is not printable ASCII");
            }
        }
        return utf8(bytes.toByteArray());
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the form data is not UTF-8", e);
        }
    }

    /** Splits a header value at the semicolons that are outside quoted strings. */
    private static List<String> splitParameters(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted string of the header does not end");
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String raw) {
        if (raw.length() < 2 || raw.charAt(0) != '"' || raw.charAt(raw.length() - 1) != '"') {
            if (raw.indexOf('"') >= 0) {
                throw new IllegalArgumentException("a parameter of the header is not well quoted");
            }
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() - 1) {
                c = raw.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean hasLineBreak(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
    }

    private static Map<String, List<String>> unmodifiable(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }
}
