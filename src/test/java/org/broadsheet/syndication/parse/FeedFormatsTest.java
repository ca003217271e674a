package org.broadsheet.syndication.parse;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every format the reader knows, read from small hand-written fixtures: one row per item checked. */
class FeedFormatsTest {

    /** What one item of one fixture must read as; null fields are not checked. */
    record Row(String fixture, String format, int items, int errors, int index, String title, String link, String guid,
               String author, String image, String published, String bodyContains, String excerpt) {
        @Override
        public String toString() {
            return fixture + " #" + index;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("rss091.xml", "RSS 0.91", 1, 0, 0, "Ferry timetable changes — again", "https://gazette.example.org/ferry",
                        null, null, null, "2026-11-24T12:00:00Z", "The ferry will leave at 7:15", "The ferry will leave at 7:15 from Monday."),
                new Row("rss092.xml", "RSS 0.92", 1, 0, 0, "Bridge reopens", "https://feeds.example.org/news/bridge",
                        null, null, "https://feeds.example.org/img/bridge.jpg", null, "<b>two years</b>", null),
                new Row("rss20.xml", "RSS 2.0", 2, 0, 0, "Council approves harbour expansion", "https://wire.example.com/2026/11/harbour",
                        "meridian-4711", "Maren Holt", "https://wire.example.com/img/harbour-large.jpg", "2026-11-24T08:15:00Z",
                        "<a href=\"https://feeds.example.org/votes\" rel=\"nofollow noopener\">See the votes</a>",
                        "Councillors voted 31 to 9 for the expansion."),
                new Row("rss20.xml", "RSS 2.0", 2, 0, 1, "Second story", "https://wire.example.com/2026/11/second", null, null,
                        "https://wire.example.com/img/second-thumb.jpg", "2026-11-24T07:00:00Z", "<p>Only a description here.</p>",
                        "Only a description here."),
                new Row("rss10.rdf", "RSS 1.0", 1, 0, 0, "Comet visible tonight", "https://science.example.org/comet",
                        "https://science.example.org/comet", "Ilse Berg", null, "2026-11-23T19:00:00Z", "Look north", null),
                new Row("atom10.xml", "Atom 1.0", 4, 0, 0, "Rates held at 2%", "https://atom.example.org/blog/posts/rates",
                        "tag:atom.example.org,2026:1", "Ana Ruiz", "https://atom.example.org/img/rates.png", "2026-11-24T09:30:00Z",
                        "href=\"https://atom.example.org/blog/rates/details\"", "The bank held rates."),
                new Row("atom10.xml", "Atom 1.0", 4, 0, 1, "Snow closes pass", "https://other.example.org/x/snow",
                        "tag:atom.example.org,2026:2", "Desk", "https://other.example.org/x/pass.jpg", "2026-11-24T08:00:00Z",
                        "<p>The pass is <em>closed</em>.</p>", "The pass is closed."),
                new Row("atom10.xml", "Atom 1.0", 4, 0, 2, "Plain text & symbols", "https://atom.example.org/plain", null, null, null,
                        null, "<p>Line one &lt;b&gt;not bold&lt;/b&gt;</p><p>Second paragraph</p>", null),
                new Row("atom03.xml", "Atom 0.3", 1, 0, 0, "Legacy entry", "http://old.example.org/legacy", "tag:old.example.org,2003:3.2397",
                        "Mark", null, "2026-11-20T16:00:00Z", "<p>Escaped <i>HTML</i> content</p>", null),
                new Row("jsonfeed10.json", "JSON Feed 1.0", 1, 0, 0, "First & foremost", "https://json.example.org/first", "1",
                        "Feed Author", "https://json.example.org/first.jpg", "2026-11-24T10:00:00Z", "<p>Hello world</p>", "A greeting"),
                new Row("jsonfeed11.json", "JSON Feed 1.1", 1, 1, 0, "Plain body text. Second paragraph.", "https://json.example.org/a",
                        "https://json.example.org/a", "Kai Lund", "https://json.example.org/a.webp", "2026-11-22T10:00:00Z",
                        "<p>Second paragraph.</p>", null),
                new Row("ninjs1.json", "ninjs 1", 1, 0, 0, "Budget to be unveiled", null, "urn:newsml:wire.example:20261124:nj1",
                        "Wire Staff", "https://wire.example/img/nj1.jpg", "2026-11-24T08:00:00Z", "<b>tomorrow</b>", "Budget day approaches."),
                new Row("ninjs2.json", "ninjs 2", 2, 1, 0, "Storm warning for the coast", "https://wire.example/nj2/a", "https://wire.example/nj2/a",
                        null, "https://wire.example/img/storm-l.jpg", "2026-11-24T09:10:00Z", "<p>Winds up to 120 km/h.</p>", "Storm coming."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachFormatReadsIntoCleanItems(Row row) throws FeedParseException {
        ParsedFeed feed = Feeds.read(row.fixture());
        assertThat(feed.format()).isEqualTo(row.format());
        assertThat(feed.items()).hasSize(row.items());
        assertThat(feed.itemErrors()).hasSize(row.errors());
        WireItem item = feed.items().get(row.index());
        assertThat(item.title()).isEqualTo(row.title());
        assertThat(item.link()).isEqualTo(row.link());
        if (row.guid() != null) {
            assertThat(item.guid()).isEqualTo(row.guid());
        }
        if (row.author() != null) {
            assertThat(item.author()).isEqualTo(row.author());
        }
        assertThat(item.imageUrl()).isEqualTo(row.image());
        if (row.published() != null) {
            assertThat(item.publishedAt()).isEqualTo(Instant.parse(row.published()));
        }
        assertThat(item.bodyHtml()).contains(row.bodyContains());
        if (row.excerpt() != null) {
            assertThat(item.excerpt()).isEqualTo(row.excerpt());
        }
        assertThat(item.contentHash()).hasSize(64);
        assertThat(item.simHash()).isNotZero();
        assertThat(item.updatedAt()).isAfterOrEqualTo(item.publishedAt());
    }

    @Test
    void rss20ReadsCategoriesAndTheChannel() throws FeedParseException {
        ParsedFeed feed = Feeds.read("rss20.xml");
        assertThat(feed.title()).isEqualTo("Meridian Wire");
        assertThat(feed.link()).isEqualTo("https://wire.example.com/");
        WireItem first = feed.items().getFirst();
        assertThat(first.categories()).containsExactly("Local", "Transport");
        assertThat(first.imageAlt()).isEqualTo("The harbour at dawn");
    }

    @Test
    void atomTombstoneIsAWithdrawnItemWithItsRefAsGuid() throws FeedParseException {
        WireItem tombstone = Feeds.read("atom10.xml").items().get(3);
        assertThat(tombstone.withdrawn()).isTrue();
        assertThat(tombstone.guid()).isEqualTo("tag:atom.example.org,2026:0");
        assertThat(tombstone.publishedAt()).isEqualTo(Instant.parse("2026-11-24T06:00:00Z"));
        assertThat(tombstone.title()).isNotBlank();
    }

    @Test
    void atomCategoriesUseTheirLabelAndUpdatedIsKept() throws FeedParseException {
        WireItem first = Feeds.read("atom10.xml").items().getFirst();
        assertThat(first.categories()).containsExactly("Economy");
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2026-11-24T09:45:00Z"));
        assertThat(first.excerpt()).isEqualTo("The bank held rates.");
    }

    @Test
    void ninjsEmbargoInTheFutureIsKeptAndItsPictureCaptionIsTheAlt() throws FeedParseException {
        WireItem item = Feeds.read("ninjs1.json").items().getFirst();
        assertThat(item.embargoedUntil()).isEqualTo(Instant.parse("2099-01-01T00:00:00Z"));
        assertThat(item.imageAlt()).isEqualTo("The finance minister");
        assertThat(item.categories()).containsExactly("Politics");
        assertThat(item.withdrawn()).isFalse();
    }

    @Test
    void ninjsCanceledItemIsWithdrawnAndAnEmptyOneIsReported() throws FeedParseException {
        ParsedFeed feed = Feeds.read("ninjs2.json");
        assertThat(feed.items().get(1).withdrawn()).isTrue();
        assertThat(feed.items().get(1).title()).isEqualTo("Withdrawn story");
        assertThat(feed.items().get(0).imageAlt()).isEqualTo("Waves at the pier");
        assertThat(feed.itemErrors()).singleElement().asString().contains("Item 3").contains("no title, link, id or text");
    }

    @Test
    void ninjsWithheldIsWithdrawnToo() throws FeedParseException {
        WireItem item = Feeds.onlyItem(Feeds.readText("{\"uri\":\"urn:x:1\",\"headline\":\"H\",\"pubstatus\":\"withheld\"}"));
        assertThat(item.withdrawn()).isTrue();
    }

    @Test
    void jsonFeedReportsAnItemThatIsNotAnObject() throws FeedParseException {
        assertThat(Feeds.read("jsonfeed11.json").itemErrors()).singleElement().asString().contains("Item 2");
    }

    @Test
    void itemsWithoutTitleGetOneFromTheirText() throws FeedParseException {
        WireItem item = Feeds.read("jsonfeed11.json").items().getFirst();
        assertThat(item.title()).isNotBlank();
        assertThat(List.of(item.excerpt())).allMatch(e -> e.startsWith("Plain body text."));
    }
}
