package org.broadsheet.syndication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.syndication.WireItemRepository.Fingerprint;

/**
 * The recent wire items of all sources, indexed for "the same story from another source": the first
 * fingerprint (in the order added) of another source whose SimHash is at most {@value #BITS} bits away.
 * Two 64-bit hashes that differ in at most 3 bits agree exactly on at least one of their four 16-bit
 * quarters (pigeonhole), so only the fingerprints sharing a quarter are compared, not all of them.
 */
final class NearDuplicates {

    /** The index holds for up to 3 differing bits (four quarters); more would need more, shorter blocks. */
    static final int BITS = 3;

    private final List<Fingerprint> all = new ArrayList<>();
    /** Per quarter: its 16-bit value -> positions in {@link #all}, ascending. */
    private final List<Map<Integer, int[]>> quarters = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());

    NearDuplicates(List<Fingerprint> recent, int bits) {
        if (bits > BITS) {
            throw new IllegalArgumentException("the index finds near-duplicates at most " + BITS + " bits apart");
        }
        recent.forEach(this::add);
    }

    /** Fingerprints held (expired ones included, until the index is built again). */
    int size() {
        return all.size();
    }

    void add(Fingerprint f) {
        int position = all.size();
        all.add(f);
        for (int q = 0; q < 4; q++) {
            quarters.get(q).merge(quarter(f.simHash(), q), new int[] {1, position}, NearDuplicates::append);
        }
    }

    /** The first fingerprint of another source than {@code sourceId} within {@value #BITS} bits of {@code simHash}, or null. */
    Fingerprint find(long simHash, long sourceId) {
        return find(simHash, sourceId, Long.MIN_VALUE);
    }

    /** The same among the fingerprints received at {@code notBefore} (epoch millis) or later. */
    Fingerprint find(long simHash, long sourceId, long notBefore) {
        int best = Integer.MAX_VALUE;
        for (int q = 0; q < 4; q++) {
            int[] positions = quarters.get(q).get(quarter(simHash, q));
            if (positions == null) {
                continue;
            }
            for (int i = 1; i <= positions[0] && positions[i] < best; i++) {
                Fingerprint f = all.get(positions[i]);
                if (f.sourceId() != sourceId && Long.bitCount(f.simHash() ^ simHash) <= BITS && f.receivedAt() >= notBefore) {
                    best = positions[i];
                    break;
                }
            }
        }
        return best == Integer.MAX_VALUE ? null : all.get(best);
    }

    private static int quarter(long hash, int q) {
        return (int) (hash >>> (q << 4)) & 0xFFFF;
    }

    /** Growable list of positions: slot 0 holds the count. */
    private static int[] append(int[] list, int[] one) {
        int count = list[0] + 1;
        int[] grown = count < list.length ? list : Arrays.copyOf(list, list.length * 2);
        grown[count] = one[1];
        grown[0] = count;
        return grown;
    }
}
