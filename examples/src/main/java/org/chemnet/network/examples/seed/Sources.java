package org.chemnet.network.examples.seed;

/**
 * Where the facts in the seed fixtures come from. Every fixture value is one of three kinds, and its javadoc or a
 * comment beside it says which.
 *
 * @since 0.1.0
 */
public final class Sources {
    /** Stated in the network's own seed document ({@code shared/seeds/}). */
    public static final String SEED_DOCUMENT = "seed document";

    /**
     * Gathered from the organizations' public pages (DOMAIN.md, "Further public facts"), where the seed documents are
     * silent.
     */
    public static final String PUBLIC_FACTS = "further public facts";

    /**
     * Generated deterministically from a seed where a document gives a count but no names (the Japanese network's 317
     * participants, its board, its subscribers). Generated organizations have identifiers that start with
     * {@value #GENERATED_PREFIX} and names that are made up.
     */
    public static final String GENERATED = "generated";

    /** The prefix of every generated identifier. */
    public static final String GENERATED_PREFIX = "gen-";

    private Sources() {}
}
