package org.broadsheet.syndication.parse;

import java.util.Arrays;

/**
 * 64-bit SimHash (Charikar) of normalised text: texts that share most of their wording get hashes
 * a few bits apart, unrelated texts 20 bits or more. The features are the words (weighted by how
 * often they occur) and the overlapping three-word shingles (which keep word order in): a rewritten
 * wire story (a word changed here, a clause dropped there) stays within {@link #NEAR_DUPLICATE} bits,
 * while one more edit every 50 words or so moves it about a bit further.
 */
public final class SimHash {

    /** Hashes at most this many bits apart are near-duplicates. */
    public static final int NEAR_DUPLICATE = 3;
    private static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SimHash() {
    }

    /** The SimHash of a text (case, punctuation and spacing do not matter); 0 for a text without words. */
    public static long of(String text) {
        return ofNormalised(FeedText.normalised(text));
    }

    /** The SimHash of text already through {@link FeedText#normalised}. */
    static long ofNormalised(String normalised) {
        if (normalised.isEmpty()) {
            return 0L;
        }
        long[] wordHashes = new long[normalised.length() / 2 + 1];
        int words = 0;
        long h = FNV_OFFSET;
        for (int i = 0; i <= normalised.length(); i++) {
            char c = i < normalised.length() ? normalised.charAt(i) : ' ';
            if (c == ' ') {
                wordHashes[words++] = mix(h);
                h = FNV_OFFSET;
            } else {
                h = (h ^ c) * FNV_PRIME;
            }
        }
        int shingles = Math.max(0, words - SHINGLE + 1);
        long[] features = Arrays.copyOf(wordHashes, words + shingles);
        for (int i = 0; i < shingles; i++) {
            long s = features[i] ^ Long.rotateLeft(features[i + 1], 21) ^ Long.rotateLeft(features[i + 2], 42);
            features[words + i] = mix(s ^ 0x9E3779B97F4A7C15L);
        }
        return majority(features);
    }

    /**
     * Bit {@code b} of the result is set when more than half of the features have bit {@code b} set
     * (each feature votes +1 or -1 per bit; a repeated word votes once per occurrence). Counted eight
     * bits at a time: {@link #SPREAD} turns a byte into eight one-byte counters, so a feature costs eight
     * table look-ups and additions instead of 64 steps; the counters are emptied before they can overflow.
     */
    static long majority(long[] features) {
        int[] ones = new int[64];
        long[] lanes = new long[8]; // lanes[k], byte i: how many features had bit 8k+i set (since the last spill)
        int pending = 0;
        for (long f : features) {
            for (int k = 0; k < 8; k++) {
                lanes[k] += SPREAD[(int) (f >>> (k << 3)) & 0xFF];
            }
            if (++pending == 255) {
                spill(lanes, ones);
                pending = 0;
            }
        }
        spill(lanes, ones);
        long hash = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (ones[bit] * 2 > features.length) {
                hash |= 1L << bit;
            }
        }
        return hash;
    }

    /** Byte value -> a long whose byte i is bit i of the value (0 or 1). */
    private static final long[] SPREAD = new long[256];

    static {
        for (int v = 0; v < 256; v++) {
            long spread = 0;
            for (int i = 0; i < 8; i++) {
                spread |= (long) ((v >>> i) & 1) << (i << 3);
            }
            SPREAD[v] = spread;
        }
    }

    private static void spill(long[] lanes, int[] ones) {
        for (int k = 0; k < 8; k++) {
            long lane = lanes[k];
            for (int i = 0; i < 8; i++) {
                ones[(k << 3) + i] += (int) ((lane >>> (i << 3)) & 0xFF);
            }
            lanes[k] = 0;
        }
    }

    /** How many bits two SimHashes differ in (0 to 64). */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** At most {@link #NEAR_DUPLICATE} bits apart. */
    public static boolean nearDuplicates(long a, long b) {
        return distance(a, b) <= NEAR_DUPLICATE;
    }

    /** SplitMix64's finaliser: spreads the bits over all 64. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
