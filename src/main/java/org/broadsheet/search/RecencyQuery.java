package org.broadsheet.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.Weight;

/**
 * The recency bonus: {@code weight * pivot / (pivot + |now - published|)}, the same score as
 * {@code LongField.newDistanceFeatureQuery}, but one that lets Lucene skip. In a segment sorted by
 * publication date, newest first ({@link StoryDocuments#INDEX_SORT}), the freshest story of any
 * range of documents is its first one, so the bonus's upper bound for a block of documents is exact
 * and cheap; block-max scoring then skips the old blocks that can no longer reach the top results.
 * Lucene's own distance-feature query reports its full weight for every block, so a query of common
 * words had to score every story that holds them. On a segment not sorted that way the bound is the
 * full weight (correct, just without skipping).
 */
final class RecencyQuery extends Query {

    private final String field;
    private final float weight;
    private final long now;
    private final long pivot;

    RecencyQuery(String field, float weight, long now, long pivot) {
        this.field = Objects.requireNonNull(field);
        this.weight = weight;
        this.now = now;
        this.pivot = pivot;
    }

    float score(long published, float boost) {
        long distance = published >= now ? published - now : now - published;
        if (distance < 0) { // overflow: as far as can be
            distance = Long.MAX_VALUE;
        }
        return (float) (boost * weight * (pivot / ((double) pivot + distance)));
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new Weight(this) {
            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                NumericDocValues values = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), field));
                if (values == null || !values.advanceExact(doc)) {
                    return Explanation.noMatch("no " + field + " value");
                }
                return Explanation.match(score(values.longValue(), boost),
                        "recency: weight * pivot / (pivot + |now - " + field + "|), weight=" + weight + ", pivot=" + pivot);
            }

            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                NumericDocValues values = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), field));
                NumericDocValues bounds = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), field));
                if (values == null || bounds == null) {
                    return null; // no stories in this segment, or a field that is not single-valued
                }
                Sort sort = context.reader().getMetaData().sort();
                boolean newestFirst = StoryDocuments.INDEX_SORT.equals(sort);
                Scorer scorer = new RecencyScorer(values, bounds, newestFirst, boost);
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) {
                        return scorer;
                    }

                    @Override
                    public long cost() {
                        return values.cost();
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    private final class RecencyScorer extends Scorer {

        private final NumericDocValues values;
        /** A second iterator, only for the upper bounds (iterators move forward only). */
        private final NumericDocValues bounds;
        private final boolean newestFirst;
        private final float boost;
        private int shallowTarget;

        RecencyScorer(NumericDocValues values, NumericDocValues bounds, boolean newestFirst, float boost) {
            this.values = values;
            this.bounds = bounds;
            this.newestFirst = newestFirst;
            this.boost = boost;
        }

        @Override
        public int docID() {
            return values.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return values;
        }

        @Override
        public float score() throws IOException {
            return score(values.longValue());
        }

        private float score(long published) {
            return RecencyQuery.this.score(published, boost);
        }

        @Override
        public int advanceShallow(int target) {
            shallowTarget = Math.max(shallowTarget, target);
            return DocIdSetIterator.NO_MORE_DOCS;
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            if (!newestFirst) {
                return weight * boost;
            }
            int from = Math.max(shallowTarget, Math.max(values.docID(), 0));
            if (from > upTo) {
                return 0;
            }
            int doc = bounds.docID() >= from ? bounds.docID() : bounds.advance(from);
            if (doc > upTo || doc == DocIdSetIterator.NO_MORE_DOCS) {
                return 0;
            }
            long newest = bounds.longValue();
            // dates fall as document numbers rise: the first document is the newest of the range;
            // one dated after now might be beaten by an older one that is nearer to now, so full weight then
            return newest > now ? weight * boost : score(newest);
        }
    }

    @Override
    public String toString(String defaultField) {
        return "recency(" + field + ", weight=" + weight + ", now=" + now + ", pivot=" + pivot + ")";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && other instanceof RecencyQuery o && field.equals(o.field) && weight == o.weight
                && now == o.now && pivot == o.pivot;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, weight, now, pivot);
    }
}
