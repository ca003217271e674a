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
        int[] weights = new int[64]; // a repeated word adds once per occurrence: weighted by frequency
        for (long f : features) {
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += (int) ((f >>> bit) & 1L) * 2 - 1;
            }
        }
        long hash = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return hash;
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
