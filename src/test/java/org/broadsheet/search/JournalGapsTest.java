package org.broadsheet.search;

import java.util.List;

import org.broadsheet.content.ChangeJournal.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JournalGapsTest {

    final JournalGaps gaps = new JournalGaps();

    @Test
    void idsSkippedBetweenThePositionAndTheChangesReadAreRemembered() {
        gaps.note(10, List.of(change(12), change(13), change(16)), 0);

        assertThat(gaps.stillOpen(0)).containsExactlyInAnyOrder(11L, 14L, 15L);
    }

    @Test
    void aFilledGapIsForgotten() {
        gaps.note(10, List.of(change(12)), 0);
        gaps.filled(List.of(11L));

        assertThat(gaps.stillOpen(0)).isEmpty();
    }

    @Test
    void aGapIsGivenUpAfterThePatience() {
        gaps.note(10, List.of(change(12)), 0);

        assertThat(gaps.stillOpen(JournalGaps.PATIENCE.toMillis() + 1)).isEmpty();
    }

    private static Change change(long id) {
        return new Change(id, "article", 1, "updated", 0);
    }
}
