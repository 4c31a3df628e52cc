package org.chemnet.network.internal.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The periods of the memberships seen so far, by organization and role (hashed), to find two that overlap: 16 bytes a
 * membership in one array for the first period of each organization and role, and a list only for those with more
 * than one. Not part of the API.
 */
final class MembershipPeriods {
    private static final int OPEN = Integer.MAX_VALUE;

    private Longs keys = new Longs(64);
    private Longs periods = new Longs(64);
    private int size;
    private final Map<Long, List<Long>> more = new HashMap<>();

    /**
     * Adds a period, and tells whether it overlaps one added before under the same key. Of two periods, the one that
     * begins first (or, beginning on the same day, either) must end on or before the day the other begins.
     *
     * @param key the organization and role, hashed
     * @param since the first day, as an epoch day
     * @param ended the day it ended, as an epoch day, or {@link Integer#MAX_VALUE} while it is open
     * @return true if it overlaps an earlier period of the key
     */
    boolean addOverlapping(long key, int since, int ended) {
        long period = ((long) since << 32) | (ended & 0xffffffffL);
        long stored = key == 0 ? Long.MIN_VALUE : key;
        int slot = slot(stored);
        if (keys.get(slot) == 0) {
            put(stored, period);
            return false;
        }
        boolean overlaps = overlap(periods.get(slot), period);
        List<Long> others = more.computeIfAbsent(stored, k -> new ArrayList<>(2));
        for (long other : others) {
            overlaps |= overlap(other, period);
        }
        others.add(period);
        return overlaps;
    }

    private static boolean overlap(long a, long b) {
        int aSince = (int) (a >> 32);
        int aEnded = (int) a;
        int bSince = (int) (b >> 32);
        int bEnded = (int) b;
        return aSince <= bSince ? aEnded == OPEN || aEnded > bSince : bEnded == OPEN || bEnded > aSince;
    }

    private int slot(long stored) {
        int mask = keys.length() - 1;
        for (int i = mix(stored) & mask; ; i = (i + 1) & mask) {
            long key = keys.get(i);
            if (key == 0 || key == stored) {
                return i;
            }
        }
    }

    private void put(long stored, long period) {
        if (size * 2 >= keys.length()) {
            grow();
        }
        int slot = slot(stored);
        keys.set(slot, stored);
        periods.set(slot, period);
        size++;
    }

    private void grow() {
        Longs oldKeys = keys;
        Longs oldPeriods = periods;
        keys = new Longs(oldKeys.length() * 2);
        periods = new Longs(oldKeys.length() * 2);
        int mask = keys.length() - 1;
        for (int j = 0; j < oldKeys.length(); j++) {
            long key = oldKeys.get(j);
            if (key != 0) {
                int i = mix(key) & mask;
                while (keys.get(i) != 0) {
                    i = (i + 1) & mask;
                }
                keys.set(i, key);
                periods.set(i, oldPeriods.get(j));
            }
        }
    }

    /**
     * A long array in pages of {@value #PAGE} longs (128 KB): a million memberships need arrays of tens of megabytes,
     * which a collector such as G1 must place in contiguous free regions of their own and may fail to in a small heap
     * that has room enough in pieces.
     */
    private static final class Longs {
        private static final int SHIFT = 14;
        private static final int PAGE = 1 << SHIFT;

        private final long[][] pages;
        private final int length;

        /** A zeroed array of a length that is a power of two. */
        Longs(int length) {
            this.length = length;
            int count = Math.max(1, length >>> SHIFT);
            int last = Math.min(length, PAGE);
            pages = new long[count][];
            for (int p = 0; p < count; p++) {
                pages[p] = new long[last];
            }
        }

        int length() {
            return length;
        }

        long get(int i) {
            return pages[i >>> SHIFT][i & (PAGE - 1)];
        }

        void set(int i, long value) {
            pages[i >>> SHIFT][i & (PAGE - 1)] = value;
        }
    }

    private static int mix(long value) {
        return (int) (value ^ (value >>> 32));
    }
}
