package org.broadsheet.syndication.parse;

/**
 * 64-bit SimHash (Charikar) over overlapping word shingles of normalised text: texts that share
 * most of their wording get hashes a few bits apart, unrelated texts about 32 bits apart. A
 * rewritten wire story (new headline, a changed sentence) stays within {@link #NEAR_DUPLICATE} bits.
 */
public final class SimHash {

    /** Hashes at most this many bits apart are near-duplicates. */
    public static final int NEAR_DUPLICATE = 3;
    private static final int SHINGLE = 2;

    private SimHash() {
    }

    /** The SimHash of a text (normalised here: case, punctuation and spacing do not matter); 0 for no words. */
    public static long of(String text) {
        String[] words = FeedText.normalised(text).split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return 0L;
        }
        int[] weights = new int[64];
        int shingles = Math.max(1, words.length - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = FNV_OFFSET;
            for (int k = i; k < Math.min(words.length, i + SHINGLE); k++) {
                h = fnv(h, words[k]);
                h = fnv(h, " ");
            }
            h = mix(h);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
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

    public static boolean nearDuplicates(long a, long b) {
        return distance(a, b) <= NEAR_DUPLICATE;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads FNV's weak low bits over all 64. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
