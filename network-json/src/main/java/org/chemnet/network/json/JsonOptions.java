package org.chemnet.network.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How JSON documents are read: how strict, how large, and in which language problems are reported.
 *
 * @param failOnUnknownProperties true to report a property the format does not know as a problem; false to ignore it
 * @param skipInvalidRecords true to leave out records with problems and store the rest, reporting what was left out;
 *     false to store nothing when any record has a problem
 * @param maxNestingDepth the deepest nesting of objects and arrays accepted
 * @param maxStringLength the longest string accepted, in characters
 * @param maxNumberLength the longest number accepted, in characters
 * @param maxDocumentLength the longest document accepted, in bytes or characters; 0 for no limit
 * @param locale the language of problem messages
 * @param maxProblems how many problems a reading reports at most: past it, the rest are counted in one last problem
 *     (rule {@code TooManyProblems}), so that no document can exhaust memory through its problems (since 0.3.0)
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record JsonOptions(
        boolean failOnUnknownProperties,
        boolean skipInvalidRecords,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        long maxDocumentLength,
        Locale locale,
        int maxProblems) {

    /**
     * Creates options.
     *
     * @throws IllegalArgumentException if a limit is out of range, naming it
     */
    public JsonOptions {
        java.util.Objects.requireNonNull(locale, "locale");
        if (maxNestingDepth < 8) {
            throw new IllegalArgumentException("maxNestingDepth must be at least 8, but was " + maxNestingDepth);
        }
        if (maxStringLength < 1_000) {
            throw new IllegalArgumentException("maxStringLength must be at least 1000, but was " + maxStringLength);
        }
        if (maxNumberLength < 20) {
            throw new IllegalArgumentException("maxNumberLength must be at least 20, but was " + maxNumberLength);
        }
        if (maxDocumentLength < 0) {
            throw new IllegalArgumentException("maxDocumentLength must be 0 or more, but was " + maxDocumentLength);
        }
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1, but was " + maxProblems);
        }
    }

    /**
     * Creates options that report at most {@value #DEFAULT_MAX_PROBLEMS} problems.
     *
     * @param failOnUnknownProperties see the record
     * @param skipInvalidRecords see the record
     * @param maxNestingDepth see the record
     * @param maxStringLength see the record
     * @param maxNumberLength see the record
     * @param maxDocumentLength see the record
     * @param locale see the record
     * @throws IllegalArgumentException if a limit is out of range, naming it
     */
    public JsonOptions(
            boolean failOnUnknownProperties,
            boolean skipInvalidRecords,
            int maxNestingDepth,
            int maxStringLength,
            int maxNumberLength,
            long maxDocumentLength,
            Locale locale) {
        this(
                failOnUnknownProperties,
                skipInvalidRecords,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxDocumentLength,
                locale,
                DEFAULT_MAX_PROBLEMS);
    }

    /** How many problems a reading reports by default. */
    public static final int DEFAULT_MAX_PROBLEMS = 1_000;

    /**
     * The defaults: unknown properties are problems, one bad record stores nothing, nesting up to 32, strings up to
     * 100,000 characters, numbers up to 40 characters, documents of any length, messages in English, at most
     * {@value #DEFAULT_MAX_PROBLEMS} problems reported.
     *
     * @return the defaults; never null
     */
    public static JsonOptions defaults() {
        return new JsonOptions(true, false, 32, 100_000, 40, 0, Locale.ENGLISH);
    }

    /**
     * These options with unknown properties ignored.
     *
     * @return new options; never null
     */
    public JsonOptions ignoringUnknownProperties() {
        return new JsonOptions(
                false,
                skipInvalidRecords,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxDocumentLength,
                locale,
                maxProblems);
    }

    /**
     * These options with invalid records skipped and reported rather than failing the import.
     *
     * @return new options; never null
     */
    public JsonOptions skippingInvalidRecords() {
        return new JsonOptions(
                failOnUnknownProperties,
                true,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxDocumentLength,
                locale,
                maxProblems);
    }

    /**
     * These options with a limit on the document's length.
     *
     * @param length the most bytes or characters; 0 for no limit
     * @return new options; never null
     */
    public JsonOptions maxDocumentLength(long length) {
        return new JsonOptions(
                failOnUnknownProperties,
                skipInvalidRecords,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                length,
                locale,
                maxProblems);
    }

    /**
     * These options with problem messages in a language.
     *
     * @param language the language, such as {@link Locale#JAPANESE}
     * @return new options; never null
     */
    public JsonOptions locale(Locale language) {
        return new JsonOptions(
                failOnUnknownProperties,
                skipInvalidRecords,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxDocumentLength,
                language,
                maxProblems);
    }

    /**
     * These options with another limit on the problems reported.
     *
     * @param max the most problems reported, at least 1; past it, the rest are counted
     * @return new options; never null
     * @since 0.3.0
     */
    public JsonOptions maxProblems(int max) {
        return new JsonOptions(
                failOnUnknownProperties,
                skipInvalidRecords,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxDocumentLength,
                locale,
                max);
    }
}
