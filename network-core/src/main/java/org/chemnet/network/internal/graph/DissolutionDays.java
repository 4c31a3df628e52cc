package org.chemnet.network.internal.graph;

import java.util.OptionalInt;

/**
 * The days the dissolved organizations seen so far were dissolved, by identifier hash (see {@link IdHashes}), in two
 * arrays (open addressing, at most half full): 24 bytes a dissolved organization at most; organizations that exist
 * take nothing. Not part of the API.
 */
final class DissolutionDays {
    private static final long EMPTY = 0L;
    private long[] keys = new long[16];
    private int[] days = new int[16];
    private int size;

    /**
     * Remembers the day an organization was dissolved.
     *
     * @param id the organization's identifier
     * @param day the day, as an epoch day
     */
    void put(String id, int day) {
        if (size * 2 >= keys.length) {
            grow();
        }
        if (insert(keys, days, key(id), day)) {
            size++;
        }
    }

    /**
     * The day an organization seen before was dissolved.
     *
     * @param id the organization's identifier
     * @return the day as an epoch day, or empty if it was not seen dissolved
     */
    OptionalInt day(String id) {
        long key = key(id);
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                return OptionalInt.empty();
            }
            if (keys[i] == key) {
                return OptionalInt.of(days[i]);
            }
        }
    }

    private static long key(String id) {
        long hash = IdHashes.hash(id);
        return hash == EMPTY ? Long.MIN_VALUE : hash;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /** Puts a key's day; true if the key is new. */
    private static boolean insert(long[] keys, int[] days, long key, int day) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY || keys[i] == key) {
                boolean added = keys[i] == EMPTY;
                keys[i] = key;
                days[i] = day;
                return added;
            }
        }
    }

    private void grow() {
        long[] biggerKeys = new long[keys.length * 2];
        int[] biggerDays = new int[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                insert(biggerKeys, biggerDays, keys[i], days[i]);
            }
        }
        keys = biggerKeys;
        days = biggerDays;
    }
}
