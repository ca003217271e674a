package org.broadsheet.syndication;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.broadsheet.syndication.WireItemRepository.Fingerprint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The near-duplicate index finds what comparing with every recent item one by one finds. */
class NearDuplicatesTest {

    /** A hash {@code bits} random bits away from {@code hash}. */
    private static long flip(long hash, int bits, Random random) {
        long h = hash;
        while (Long.bitCount(h ^ hash) < bits) {
            h ^= 1L << random.nextInt(64);
        }
        return h;
    }

    private static Fingerprint scan(List<Fingerprint> all, long simHash, long sourceId) {
        for (Fingerprint f : all) {
            if (f.sourceId() != sourceId && Long.bitCount(f.simHash() ^ simHash) <= 3) {
                return f;
            }
        }
        return null;
    }

    @Test
    void theIndexFindsTheSameFirstTwinAsAScanOfEveryRecentItem() {
        Random random = new Random(11);
        List<Fingerprint> recent = new ArrayList<>();
        List<Long> stories = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            stories.add(random.nextLong());
        }
        for (int i = 0; i < 3000; i++) { // several sources sending versions of the same 300 stories
            long story = stories.get(random.nextInt(stories.size()));
            recent.add(new Fingerprint(i, random.nextInt(5), flip(story, random.nextInt(6), random), null, "published"));
        }
        NearDuplicates index = new NearDuplicates(recent.subList(0, 2000), 3);
        recent.subList(2000, 3000).forEach(index::add);

        int found = 0;
        for (int i = 0; i < 5000; i++) {
            long story = stories.get(random.nextInt(stories.size()));
            long probe = i % 10 == 0 ? random.nextLong() : flip(story, random.nextInt(5), random);
            long source = random.nextInt(6);
            Fingerprint expected = scan(recent, probe, source);
            assertThat(index.find(probe, source)).isEqualTo(expected);
            found += expected == null ? 0 : 1;
        }
        assertThat(found).as("the probes meet both cases").isBetween(500, 4900);
    }

    @Test
    void anItemOfTheSameSourceIsNeverItsTwin() {
        NearDuplicates index = new NearDuplicates(List.of(new Fingerprint(1, 7, 42L, null, "published")), 3);

        assertThat(index.find(42L, 7)).isNull();
        assertThat(index.find(43L, 8)).extracting(Fingerprint::id).isEqualTo(1L);
    }

    @Test
    void moreBitsThanTheIndexCanFindAreRefused() {
        assertThatThrownBy(() -> new NearDuplicates(List.of(), 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
