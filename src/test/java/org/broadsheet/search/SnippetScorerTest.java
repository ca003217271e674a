package org.broadsheet.search;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippet passages are ranked exactly as Lucene's own scorer ranks them. */
class SnippetScorerTest {

    @Test
    void everyPassageScoresAsWithLucenesScorer() {
        Random random = new Random(5);
        String[] words = {"harbour", "ferry", "council", "vote", "budget"};
        PassageScorer lucenes = new PassageScorer();
        SnippetScorer ours = new SnippetScorer();
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 300 + random.nextInt(300)); // matches fall within the passage
            int offset = start;
            int matches = random.nextInt(12);
            for (int m = 0; m < matches; m++) {
                offset += 1 + random.nextInt(20);
                String word = words[random.nextInt(1 + random.nextInt(words.length))];
                passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + word.length() % 3 + random.nextInt(4));
                offset += word.length();
            }
            int contentLength = passage.getEndOffset() + random.nextInt(10_000);

            assertThat(ours.score(passage, contentLength)).as("round %d", round).isEqualTo(lucenes.score(passage, contentLength));
        }
    }
}
