package org.chemnet.network.common;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotEmpty;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.chemnet.network.validation.LanguageTag;
import org.chemnet.network.validation.PlainText;

/**
 * Text in one or more languages, each keyed by its BCP 47 language tag ({@code ja}, {@code en}, {@code zh-Hans}).
 *
 * <p>The Japanese network needs {@code ja} and {@code en} names side by side; this type holds both. Keys are kept
 * as given and sorted, so equal texts print equally. At least one entry, each non-blank, and well-formed tags are
 * validation rules.
 *
 * @param values the text per language tag; never null, never containing null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record LocalizedText(
        @NotEmpty Map<@LanguageTag String, @PlainText(max = 10_000, multiline = true) String> values) {

    /**
     * The most languages a text may have: far more than any name needs, few enough that no input can make a text
     * (or its validation) take memory without bound.
     */
    public static final int MAX_LANGUAGES = 200;

    /** The language used when none of the preferred ones is present: English. */
    public static final String FALLBACK_LANGUAGE = "en";

    /**
     * Creates a text.
     *
     * @throws NullPointerException if values is null or holds a null key or value
     * @throws IllegalArgumentException if it has more than {@value #MAX_LANGUAGES} languages
     */
    public LocalizedText {
        requireNonNull(values, "values");
        if (values.size() > MAX_LANGUAGES) {
            throw new IllegalArgumentException(
                    "a text has at most " + MAX_LANGUAGES + " languages, but this one has " + values.size());
        }
        values.forEach((tag, text) -> {
            requireNonNull(tag, "language tag");
            requireNonNull(text, "text");
        });
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * A text in one language.
     *
     * @param languageTag the BCP 47 tag, such as {@code en}
     * @param text the text
     * @return the text; never null
     */
    public static LocalizedText of(String languageTag, String text) {
        return new LocalizedText(Map.of(languageTag, text));
    }

    /**
     * A text in English.
     *
     * @param text the English text
     * @return the text; never null
     */
    public static LocalizedText en(String text) {
        return of("en", text);
    }

    /**
     * A text in Japanese and English.
     *
     * @param japanese the Japanese text
     * @param english the English text
     * @return the text; never null
     */
    public static LocalizedText jaEn(String japanese, String english) {
        return new LocalizedText(Map.of("ja", japanese, "en", english));
    }

    /**
     * This text with one more language, or with one language replaced.
     *
     * @param languageTag the BCP 47 tag
     * @param text the text in that language
     * @return a new text; never null
     */
    public LocalizedText with(String languageTag, String text) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(requireNonNull(languageTag, "languageTag"), requireNonNull(text, "text"));
        return new LocalizedText(copy);
    }

    /**
     * The text in exactly one language.
     *
     * @param languageTag the BCP 47 tag
     * @return the text, or empty if there is none in that language; never null
     */
    public Optional<String> in(String languageTag) {
        return Optional.ofNullable(values.get(languageTag));
    }

    /**
     * The text for a reader who prefers a locale: that exact tag, else its language alone, else English, else the
     * first language in tag order.
     *
     * @param preferred the reader's locale
     * @return the best text; never null
     * @throws java.util.NoSuchElementException if the text is empty (an invalid text)
     */
    public String resolve(Locale preferred) {
        return values.get(languageFor(preferred));
    }

    /**
     * The language tag of the text {@link #resolve(Locale)} gives a reader: what a document that writes the text
     * names as its language.
     *
     * @param preferred the reader's locale
     * @return the tag; never null
     * @throws java.util.NoSuchElementException if the text is empty (an invalid text)
     * @since 0.5.0
     */
    public String languageFor(Locale preferred) {
        requireNonNull(preferred, "preferred");
        for (String tag : List.of(preferred.toLanguageTag(), preferred.getLanguage(), FALLBACK_LANGUAGE)) {
            if (values.containsKey(tag)) {
                return tag;
            }
        }
        return values.keySet().iterator().next();
    }

    /**
     * The text in English, or the best there is.
     *
     * @return the text; never null
     */
    @Override
    public String toString() {
        return values.isEmpty() ? "" : resolve(Locale.ENGLISH);
    }
}
