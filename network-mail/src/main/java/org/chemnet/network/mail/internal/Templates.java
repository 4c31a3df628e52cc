package org.chemnet.network.mail.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Fills the mail templates: {@code {{name}}} placeholders replaced by values, which the caller has escaped as the
 * template's format needs. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private Templates() {}

    /** A template from the class path, next to this class's package. */
    public static String load(String name) {
        try (InputStream in = Templates.class.getResourceAsStream("/org/chemnet/network/mail/" + name)) {
            if (in == null) {
                throw new IllegalStateException("mail template " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills a template; every placeholder must have a value. */
    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + matcher.group(1) + "}} in a mail template");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Text escaped for HTML content and attribute values. */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain text as HTML paragraphs: blank lines separate paragraphs, single line breaks become {@code <br>}. */
    public static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n", -1)) {
            if (!paragraph.isBlank()) {
                out.append("<p>")
                        .append(html(paragraph.strip()).replace("\n", "<br>\n"))
                        .append("</p>\n");
            }
        }
        return out.toString();
    }
}
