package org.broadsheet.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.Category;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.Tag;
import org.jsoup.Jsoup;

/** How a story becomes a Lucene document, and back into a summary for lists. */
final class StoryDocuments {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String DEK = "dek";
    static final String BODY = "body";
    static final String AUTHOR = "author";
    static final String TAGS = "tags";
    static final String CATEGORY = "category";
    static final String PUBLISHED = "published";
    /**
     * What readers search: every word of the story in one field, the headline four times, the
     * standfirst, tags and author twice, then the body ({@link #TEXT_REPEATS}). One field per word
     * makes a query of common words cheap (one posting list each, whose block maxima are tight, so
     * Lucene skips what cannot reach the top), where a clause per field per word scored every story.
     * Repetition weighs the fields as boosts did: a headline match outranks a passing mention.
     */
    static final String TEXT = "text";
    /** Positions between the repeated parts, so a quoted phrase never spans two of them. */
    static final int TEXT_GAP = 100;
    /** Unstemmed words of the whole story, for "did you mean" and typo matching. */
    static final String SPELL = "spell";
    /** Unstemmed headline words, for suggestions as you type. */
    static final String TITLE_WORDS = "title_words";

    /**
     * Segments are sorted by publication date, newest first: the recency bonus can then skip old
     * stories ({@link RecencyQuery}), and "newest first" stops after the first page.
     */
    static final Sort INDEX_SORT = new Sort(LongField.newSortField(PUBLISHED, true, SortedNumericSelector.Type.MAX));

    /** Offsets in the postings, so the highlighter need not analyse the body again (stored apart). */
    private static final FieldType BODY_WITH_OFFSETS = textWithOffsets();
    /** For analysing the body once, when its document is made; thread-safe. */
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    /**
     * Words for spelling and suggestions: which stories hold them is all that is asked (document
     * frequencies for "did you mean", matches for typos and prefixes), so no positions or lengths.
     */
    private static final FieldType WORDS_ONLY = wordsOnly();

    /** How many times each part of a story is in {@link #TEXT} (the body once): its weight in relevance. */
    record Repeats(int title, int dek, int tags, int author) {
    }

    static final Repeats TEXT_REPEATS = new Repeats(4, 2, 2, 2);

    private StoryDocuments() {
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType wordsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** English stemming for the searchable text; plain lower-cased words for spelling and suggestions. */
    static Analyzer analyzer() {
        Analyzer plain = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        Analyzer english = new EnglishAnalyzer();
        Analyzer text = new AnalyzerWrapper(english.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return english;
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return TEXT_GAP;
            }
        };
        return new PerFieldAnalyzerWrapper(english, Map.of(SPELL, plain, TITLE_WORDS, plain, TEXT, text));
    }

    /** How every writer of the index is configured: the analyzers and the sort by date. */
    static IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(analyzer()).setIndexSort(INDEX_SORT);
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    /** @param categoryTrail the story's category and its parents, so a parent's filter finds it */
    static Document of(Article a, List<Category> categoryTrail) {
        String body = Jsoup.parse(a.body().html()).text();
        String tags = a.tags().stream().map(Tag::name).collect(Collectors.joining(" ; "));
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(a.id()), Field.Store.YES));
        doc.add(new StoredField("slug", a.slug()));
        // headline, body and tags are indexed on their own too, for related stories (MoreLikeThis) and
        // the body's snippets (offsets); standfirst and author only need to be shown
        doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
        doc.add(new StoredField(DEK, a.dek()));
        // the body is analysed once for its own field and for the searchable text (same English analysis)
        AnalysedText bodyWords = AnalysedText.of(ENGLISH, BODY, body);
        doc.add(new StoredField(BODY, body));
        doc.add(new Field(BODY, bodyWords.stream(), BODY_WITH_OFFSETS));
        doc.add(new StoredField(AUTHOR, a.author().name()));
        doc.add(new StoredField("author_slug", a.author().slug()));
        doc.add(new TextField(TAGS, tags, Field.Store.YES));
        // each part is analysed once, however many times it is repeated in the searchable text
        repeat(doc, AnalysedText.of(ENGLISH, TEXT, a.title()), TEXT_REPEATS.title());
        repeat(doc, AnalysedText.of(ENGLISH, TEXT, a.dek()), TEXT_REPEATS.dek());
        repeat(doc, AnalysedText.of(ENGLISH, TEXT, tags), TEXT_REPEATS.tags());
        repeat(doc, AnalysedText.of(ENGLISH, TEXT, a.author().name()), TEXT_REPEATS.author());
        repeat(doc, bodyWords, 1);
        for (Category c : categoryTrail) {
            doc.add(new StringField(CATEGORY, c.slug(), Field.Store.NO));
        }
        doc.add(new StoredField("category_slug", a.category().slug()));
        doc.add(new StoredField("category_name", a.category().name()));
        doc.add(new LongField(PUBLISHED, a.publishedAt().toEpochMilli(), Field.Store.YES));
        doc.add(new StoredField("reading_minutes", a.readingMinutes()));
        FeaturedImage image = a.image();
        if (image != null) {
            doc.add(new StoredField("image_url", image.url()));
            doc.add(new StoredField("image_alt", nullToEmpty(image.alt())));
            doc.add(new StoredField("image_caption", nullToEmpty(image.caption())));
            doc.add(new StoredField("image_width", image.width()));
            doc.add(new StoredField("image_height", image.height()));
        }
        doc.add(new Field(SPELL, String.join(" ", a.title(), a.dek(), body, tags, a.author().name()), WORDS_ONLY));
        doc.add(new Field(TITLE_WORDS, a.title(), WORDS_ONLY));
        return doc;
    }

    private static void repeat(Document doc, AnalysedText words, int times) {
        for (int i = 0; i < times; i++) {
            doc.add(new Field(TEXT, words.stream(), TextField.TYPE_NOT_STORED));
        }
    }

    static ArticleSummary summary(Document d) {
        FeaturedImage image = d.get("image_url") == null ? null : new FeaturedImage(d.get("image_url"),
                d.get("image_alt"), d.get("image_caption"), intValue(d, "image_width"), intValue(d, "image_height"));
        return new ArticleSummary(Long.parseLong(d.get(ID)), d.get("slug"), d.get(TITLE), d.get(DEK),
                Instant.ofEpochMilli(d.getField(PUBLISHED).numericValue().longValue()),
                d.get("category_slug"), d.get("category_name"), d.get("author_slug"), d.get(AUTHOR), image,
                intValue(d, "reading_minutes"));
    }

    private static int intValue(Document d, String field) {
        return d.getField(field) == null ? 0 : d.getField(field).numericValue().intValue();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
