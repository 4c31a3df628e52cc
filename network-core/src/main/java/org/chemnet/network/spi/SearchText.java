package org.chemnet.network.spi;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.organization.Organization;

/**
 * The one rule by which organizations are found by name, for every store: a query matches an organization if the
 * query's {@link #normalize(String) normalized form} is a substring of {@link #of(Organization)}, which holds its
 * name in every language, its other names and its acronym, each normalized.
 *
 * <p>Normalizing makes a text insensitive to
 *
 * <ul>
 *   <li>width and compatibility forms (Unicode NFKC): full-width {@code ＡＢＣ} is {@code abc}, half-width
 *       {@code ｶﾀｶﾅ} is {@code カタカナ}, {@code ㈱} is {@code (株)};
 *   <li>case, with full case folding: {@code STRASSE} is {@code straße}, final {@code ς} is {@code σ};
 *   <li>accents on Latin, Greek and Cyrillic letters: {@code é} is {@code e}, {@code ά} is {@code α}, {@code ё} is
 *       {@code е}. Marks on other scripts are kept: Japanese voicing marks tell words apart, so {@code ガ} is not
 *       {@code カ};
 *   <li>runs of white space and control characters, which become one space; leading and trailing space is
 *       dropped.
 * </ul>
 *
 * <p>Japanese, Chinese and other text without spaces is matched by substring: {@code 化学} finds
 * {@code 試験化学株式会社}; no word splitting. A store keeps {@link #of(Organization)} beside each organization
 * (network-jdbc in a column, the in-memory store in a map) and looks for the normalized query in it; the parts are
 * joined by a line feed ({@link #SEPARATOR}), which no normalized query holds, so a query never matches across two
 * names.
 *
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public final class SearchText {
    /** What joins the normalized names of an organization: a line feed, which normalizing turns into a space. */
    public static final char SEPARATOR = '\n';

    private static final int FINAL_SIGMA = '\u03c2';
    private static final int SIGMA = '\u03c3';

    private SearchText() {}

    /**
     * A text normalized for search: NFKC, case-folded, without accents on Latin, Greek and Cyrillic letters, its white
     * space collapsed.
     *
     * @param text the text, such as a query or a name
     * @return the normalized text, possibly empty (a blank text); never null, never containing {@link #SEPARATOR}
     * @throws NullPointerException if text is null
     */
    public static String normalize(String text) {
        requireNonNull(text, "text");
        if (isPlainAscii(text)) {
            return collapseAscii(text);
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        // The script of the letter the marks that follow belong to; null where they belong to none (at the start,
        // after a space), and are dropped.
        Character.UnicodeScript base = null;
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (!dropsMarks(base)) {
                    out.appendCodePoint(cp);
                }
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.CONTROL) {
                space = out.length() > 0;
                base = null;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            base = Character.UnicodeScript.of(cp);
            out.appendCodePoint(cp == FINAL_SIGMA ? SIGMA : cp);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * What a store searches in for an organization: its name in every language, its other names and its acronym,
     * each {@link #normalize(String) normalized}, without repeats, joined by {@link #SEPARATOR}.
     *
     * @param organization the organization
     * @return the text; never null
     */
    public static String of(Organization organization) {
        requireNonNull(organization, "organization");
        Set<String> parts = new LinkedHashSet<>();
        organization.name().values().values().forEach(name -> parts.add(normalize(name)));
        organization.otherNames().forEach(name -> parts.add(normalize(name)));
        organization
                .formerNames()
                .forEach(former -> former.name().values().values().forEach(name -> parts.add(normalize(name))));
        organization.acronym().ifPresent(acronym -> parts.add(normalize(acronym)));
        parts.remove("");
        return String.join(String.valueOf(SEPARATOR), parts);
    }

    /**
     * Whether a normalized query matches what a store keeps for an organization.
     *
     * @param searched the organization's text, from {@link #of(Organization)}
     * @param normalizedQuery the query, from {@link #normalize(String)}, not empty
     * @return true if the query is a substring of the text
     */
    public static boolean matches(String searched, String normalizedQuery) {
        return searched.contains(normalizedQuery);
    }

    /** Marks on letters of these scripts are accents, and dropped, as are marks on no letter. */
    private static boolean dropsMarks(Character.UnicodeScript script) {
        return script == null
                || script == Character.UnicodeScript.LATIN
                || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }

    /** ASCII without DEL: nothing that NFKC, folding or accents change but case; controls are space. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String collapseAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }
}
