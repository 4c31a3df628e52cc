package org.chemnet.network.json.internal;

/** A set of longs in one array, open addressing: 8 bytes a member at most half full. Not part of the API. */
final class LongHashSet {
    private static final long EMPTY = 0L;
    private long[] slots = new long[1024];
    private int size;
    private boolean hasZero;

    boolean contains(long value) {
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

    void add(long value) {
        if (value == EMPTY) {
            hasZero = true;
            return;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        if (insert(slots, value)) {
            size++;
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
}
