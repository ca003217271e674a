package org.broadsheet.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring for snippets, without its allocation: Lucene's own counts a passage's
 * distinct words in a new hash table with a 32 KB block per passage, which made four fifths of all a
 * search allocated (young collections, each one a pause in some search). A passage holds a handful
 * of matches, so a linear scan finds the distinct ones; the score is the same, summed in the same order.
 */
final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        int[] first = new int[matches]; // match index of each distinct word, in order of appearance
        int[] inPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int d = 0;
            while (d < distinct && !terms[first[d]].bytesEquals(terms[i])) {
                d++;
            }
            if (d == distinct) {
                first[distinct++] = i;
            }
            inPassage[d]++;
        }
        double score = 0;
        for (int d = 0; d < distinct; d++) {
            score += tf(inPassage[d], passage.getLength()) * weight(contentLength, freqsInDoc[first[d]]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
