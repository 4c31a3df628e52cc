package org.chemnet.network.internal.graph;

/**
 * A set of identifiers held as 64-bit hashes in one array (open addressing, at most half full): 16 bytes an
 * identifier at most, so that a million identifiers take 16 MB whatever their length. Two identifiers whose hashes
 * agree are taken for one; with 64 bits, that is about one chance in 10^7 among a million identifiers. Not part of the
 * API.
 */
final class IdHashes {
    private static final long EMPTY = 0L;
    private long[] slots = new long[64];
    private int size;
    private boolean hasZero;

    /**
     * Adds an identifier.
     *
     * @param id the identifier
     * @return true if it was not in the set
     */
    boolean add(String id) {
        long value = hash(id);
        if (value == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        if (insert(slots, value)) {
            size++;
            return true;
        }
        return false;
    }

    /**
     * Tells whether an identifier is in the set.
     *
     * @param id the identifier
     * @return true if it is
     */
    boolean contains(String id) {
        long value = hash(id);
        if (value == EMPTY) {
            return hasZero;
        }
        int mask = slots.length - 1;
        for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                return false;
            }
            if (slots[i] == value) {
                return true;
            }
        }
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
            if (table[i] == EMPTY) {
                table[i] = value;
                return true;
            }
            if (table[i] == value) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long value : slots) {
            if (value != EMPTY) {
                insert(bigger, value);
            }
        }
        slots = bigger;
    }

    private static int mix(long value) {
        return (int) (value ^ (value >>> 32));
    }

    /**
     * A 64-bit hash of an identifier: FNV-1a over its UTF-16 units, then mixed.
     *
     * @param id the identifier
     * @return the hash
     */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
