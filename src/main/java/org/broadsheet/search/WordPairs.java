package org.broadsheet.search;

import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The pairs of neighbouring words of a story, each hashed into one of {@link #BUCKETS} buckets, for
 * {@link StoryDocuments#WORD_PAIRS}. Hashing keeps the field cheap to write: the pairs themselves run
 * into the millions of distinct terms and made a rebuild half as slow again; 16,384 buckets cost
 * the rebuild nothing measurable (262,144 cost half as much again). A bucket shared by other pairs
 * only lets more stories through to the phrase check, which still decides: a story holds a given
 * bucket by chance about once in fifty, a phrase of three words needs two.
 */
final class WordPairs {

    static final int BUCKETS = 1 << 14;

    private final int[] buckets;

    private WordPairs(int[] buckets) {
        this.buckets = buckets;
    }

    /** The distinct buckets of the pairs within each part (no pair spans two parts). */
    static WordPairs of(List<AnalysedText> parts) {
        int[][] found = {new int[64]};
        int[] count = {0};
        for (AnalysedText part : parts) {
            part.forEachPair((first, second) -> {
                if (count[0] == found[0].length) {
                    found[0] = Arrays.copyOf(found[0], count[0] * 2);
                }
                found[0][count[0]++] = bucket(first, second);
            });
        }
        int[] sorted = Arrays.copyOf(found[0], count[0]);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return new WordPairs(Arrays.copyOf(sorted, distinct));
    }

    boolean isEmpty() {
        return buckets.length == 0;
    }

    /** The term of the pair {@code first second}, as indexed. */
    static String term(String first, String second) {
        return Integer.toString(bucket(first, second), Character.MAX_RADIX);
    }

    /** String.hashCode is specified, so a bucket is the same on every JVM and in every version. */
    static int bucket(String first, String second) {
        int h = first.hashCode() * 0x9E3779B1 + second.hashCode();
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h & (BUCKETS - 1);
    }

    /** The buckets as tokens, written without making a string for each. */
    TokenStream stream() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final char[] digits = new char[8];
            private int next;

            @Override
            public boolean incrementToken() {
                if (next >= buckets.length) {
                    return false;
                }
                clearAttributes();
                int value = buckets[next++];
                int start = digits.length;
                do {
                    digits[--start] = Character.forDigit(value % Character.MAX_RADIX, Character.MAX_RADIX);
                    value /= Character.MAX_RADIX;
                } while (value > 0);
                term.copyBuffer(digits, start, digits.length - start);
                return true;
            }

            @Override
            public void reset() throws java.io.IOException {
                super.reset();
                next = 0;
            }
        };
    }
}
