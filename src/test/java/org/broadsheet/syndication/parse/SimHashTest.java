package org.broadsheet.syndication.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Near-duplicate wire stories are a few bits apart; different stories are not. */
class SimHashTest {

    static final String ORIGINAL = """
            Councillors voted 31 to 9 on Tuesday evening to approve the expansion of the eastern harbour, ending a dispute
            that has divided the town for almost three years. The plan adds two deep-water berths, a new ferry terminal
            and a sea wall designed to withstand the storms that flooded the old quay twice last winter. Supporters said
            the project would bring at least four hundred jobs and allow larger cargo ships to call at the port instead of
            sailing on to the city. Opponents, among them the fishermen's association and several residents of the old
            town, warned that dredging the channel would harm the mussel beds and that heavy lorries would clog the narrow
            streets leading to the quay. The mayor said the council had listened to every objection and that the final plan
            moved the lorry route away from the school and set aside money to restore the mussel beds. Construction is
            expected to start in the spring and to last about four years, paid for by the port authority, a regional fund
            and a loan from the national infrastructure bank. The fishermen's association said it would study the decision
            before deciding whether to appeal to the regional court.
            """;

    static final String REWRITTEN = """
            Town councillors voted 31 to 9 on Tuesday evening to approve the expansion of the eastern harbour, ending a dispute
            that has divided the town for almost three years. The plan adds two deep-water berths, a new ferry terminal
            and a sea wall designed to withstand the storms that flooded the old quay twice last winter. Supporters said
            the project would bring at least four hundred jobs and allow larger cargo ships to call at the port instead of
            sailing on to the city. Opponents, among them the fishermen's association and several residents of the old
            town, warned that dredging the channel would harm the mussel beds and that heavy lorries would clog the narrow
            streets leading to the quay. The mayor said the council had listened to every objection and that the final plan
            moved the lorry route away from the school and set aside money to restore the mussel beds. Construction is
            expected to begin in the spring and to last about four years, paid for by the port authority, a regional fund
            and a loan from the national infrastructure bank. The association said it would study the decision
            before deciding whether to appeal.
            """;

    static final String OTHER = """
            The national weather service issued a storm warning for the whole coast on Wednesday, with gusts of up to 120
            kilometres an hour expected overnight. Schools in three districts will stay closed and the ferry company has
            cancelled all crossings until Friday. Residents were asked to tie down garden furniture, stay away from the
            sea front and keep torches at hand in case of power cuts. The last storm of this strength hit the region six
            years ago, when falling trees blocked the coastal railway for a week and thousands of homes were left without
            electricity. Emergency services said extra crews were on standby and that the public should call only in real
            emergencies, as lines were expected to be busy.
            """;

    @Test
    void aRewrittenWireStoryIsANearDuplicate() {
        int distance = SimHash.distance(SimHash.of(ORIGINAL), SimHash.of(REWRITTEN));
        assertThat(distance).isLessThanOrEqualTo(SimHash.NEAR_DUPLICATE);
        assertThat(SimHash.nearDuplicates(SimHash.of(ORIGINAL), SimHash.of(REWRITTEN))).isTrue();
    }

    @Test
    void caseSpacingAndPunctuationDoNotMatter() {
        assertThat(SimHash.of(ORIGINAL)).isEqualTo(SimHash.of(ORIGINAL.toUpperCase().replace(",", " ").replace("\n", "  ")));
    }

    @Test
    void aDifferentStoryIsFarAway() {
        assertThat(SimHash.distance(SimHash.of(ORIGINAL), SimHash.of(OTHER))).isGreaterThan(10);
    }

    @Test
    void distanceCountsDifferingBits() {
        assertThat(SimHash.distance(0L, 0L)).isZero();
        assertThat(SimHash.distance(0L, -1L)).isEqualTo(64);
        assertThat(SimHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
        assertThat(SimHash.of("")).isZero();
    }

    @Test
    void theByteWiseVoteGivesTheSameHashAsCountingEveryBitOneByOne() {
        java.util.Random random = new java.util.Random(4);
        for (int n : new int[] {1, 2, 3, 254, 255, 256, 511, 1000, 2048}) {
            long[] features = new long[n];
            for (int i = 0; i < n; i++) {
                features[i] = i % 7 == 0 ? -1L : random.nextLong() & random.nextLong(); // skewed: some bits win, some lose
            }
            int[] weights = new int[64];
            for (long f : features) {
                for (int bit = 0; bit < 64; bit++) {
                    weights[bit] += (int) ((f >>> bit) & 1L) * 2 - 1;
                }
            }
            long expected = 0L;
            for (int bit = 0; bit < 64; bit++) {
                if (weights[bit] > 0) {
                    expected |= 1L << bit;
                }
            }
            assertThat(SimHash.majority(features)).as("%d features", n).isEqualTo(expected);
        }
    }
}
