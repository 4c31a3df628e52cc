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

    private long[] keys = new long[64];
    private long[] periods = new long[64];
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
        if (keys[slot] == 0) {
            put(stored, period);
            return false;
        }
        boolean overlaps = overlap(periods[slot], period);
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
        int mask = keys.length - 1;
        for (int i = mix(stored) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == 0 || keys[i] == stored) {
                return i;
            }
        }
    }

    private void put(long stored, long period) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(stored);
        keys[slot] = stored;
        periods[slot] = period;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPeriods = periods;
        keys = new long[oldKeys.length * 2];
        periods = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                periods[i] = oldPeriods[j];
            }
        }
    }

    private static int mix(long value) {
        return (int) (value ^ (value >>> 32));
    }
}
