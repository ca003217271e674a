package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once, to be indexed into more than one field: the body goes into its own field
 * (with offsets, for snippets) and into the searchable text, and analysing it once saves a good
 * share of a rebuild's time.
 */
final class AnalysedText {

    private final String[] terms;
    private final int[] increments;
    private final int[] starts;
    private final int[] ends;
    private final int finalIncrement;
    private final int finalOffset;

    private AnalysedText(List<String> terms, List<int[]> positions, int finalIncrement, int finalOffset) {
        this.terms = terms.toArray(String[]::new);
        this.increments = new int[terms.size()];
        this.starts = new int[terms.size()];
        this.ends = new int[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            int[] p = positions.get(i);
            increments[i] = p[0];
            starts[i] = p[1];
            ends[i] = p[2];
        }
        this.finalIncrement = finalIncrement;
        this.finalOffset = finalOffset;
    }

    /** Runs {@code analyzer} over {@code text} as for {@code field}, now (not when the document is indexed). */
    static AnalysedText of(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
                positions.add(new int[] {increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()});
            }
            stream.end();
            return new AnalysedText(terms, positions, increment.getPositionIncrement(), offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tokens again, as a fresh stream (one per field that indexes them). */
    TokenStream stream() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                if (next >= terms.length) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(terms[next]);
                increment.setPositionIncrement(increments[next]);
                offset.setOffset(starts[next], ends[next]);
                next++;
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                increment.setPositionIncrement(finalIncrement);
                offset.setOffset(finalOffset, finalOffset);
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }
}
