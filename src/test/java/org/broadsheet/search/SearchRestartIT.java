package org.broadsheet.search;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.BroadsheetApplication;
import org.broadsheet.content.ArticleService;
import org.broadsheet.platform.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.search.SearchTestSupport.daysAgo;
import static org.broadsheet.search.SearchTestSupport.story;

/** A node stopped with journal entries its index has not seen catches up (in the background) when it starts again. */
class SearchRestartIT {

    /** A fresh JVM's first catch-up or rebuild may take longer than the follower's usual second. */
    private static final java.time.Duration AFTER_START = java.time.Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    @Test
    void aRestartedSiteCatchesUpWithJournalEntriesNotYetIndexed() {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(ArticleService.class).save(story("tapir-before", "Tapir calf born", "", "<p>A tapir.</p>",
                    "Science", daysAgo(1)));
            assertThat(first.getBean(SearchIndex.class).position())
                    .as("the follower is parked in this test, so the change is not indexed yet")
                    .isLessThan(first.getBean(org.broadsheet.content.ChangeJournal.class).latestPosition());
        }

        try (ConfigurableApplicationContext second = start()) {
            SearchService search = second.getBean(SearchService.class);
            // Catching up runs in the background at start, so the site serves pages meanwhile.
            SearchTestSupport.eventually(AFTER_START, () -> assertThat(search.search(SearchRequest.of("tapir")).hits())
                    .extracting(h -> h.story().slug()).containsExactly("tapir-before"));
        }
    }

    @Test
    void aSiteStartingWithoutAnIndexBuildsOneFromTheDatabase() throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(ArticleService.class).save(story("okapi-kept", "Okapi returns", "", "<p>An okapi.</p>",
                    "Science", daysAgo(1)));
            first.getBean(SearchIndexer.class).catchUp();
        }
        try (var paths = Files.walk(dataDir.resolve("index"))) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        try (ConfigurableApplicationContext second = start()) {
            SearchService search = second.getBean(SearchService.class);
            SearchTestSupport.eventually(AFTER_START,
                    () -> assertThat(search.search(SearchRequest.of("okapi")).hits()).hasSize(1));
        }
    }

    @Test
    void anIndexWrittenBeforeStoriesWereSortedByDateIsRebuiltAtStart() throws Exception {
        String old;
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(ArticleService.class).save(story("serval-kept", "Serval kittens", "", "<p>A serval.</p>",
                    "Science", daysAgo(1)));
            first.getBean(SearchIndexer.class).catchUp();
            old = first.getBean(SearchIndex.class).generationName();
        }
        // the layout of an earlier version: no sort by date, and a story the database no longer has
        Path generation = dataDir.resolve("index").resolve(old);
        try (var dir = org.apache.lucene.store.FSDirectory.open(generation);
             var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig()
                     .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE))) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField(StoryDocuments.ID, "999999",
                    org.apache.lucene.document.Field.Store.YES));
            doc.add(new org.apache.lucene.document.TextField(StoryDocuments.TITLE, "Serval ghost",
                    org.apache.lucene.document.Field.Store.YES));
            doc.add(new org.apache.lucene.document.LongField(StoryDocuments.PUBLISHED, 1L,
                    org.apache.lucene.document.Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(java.util.Map.of(SearchIndex.POSITION, "1000000").entrySet());
        }

        try (ConfigurableApplicationContext second = start()) {
            SearchIndex index = second.getBean(SearchIndex.class);
            SearchService search = second.getBean(SearchService.class);
            SearchTestSupport.eventually(AFTER_START, () -> {
                assertThat(index.generationName()).isNotEqualTo(old);
                assertThat(index.needsRebuild()).isFalse();
                assertThat(search.search(SearchRequest.of("serval")).hits()).extracting(h -> h.story().slug())
                        .containsExactly("serval-kept");
            });
        }
    }

    @Test
    void theReindexCommandRebuildsBesideARunningSiteWhichSwitchesToTheNewIndex() {
        try (ConfigurableApplicationContext site = start("100")) {
            site.getBean(ArticleService.class).save(story("dugong-cli", "Dugong grazes the bay", "", "<p>A dugong.</p>",
                    "Science", daysAgo(1)));
            SearchIndex index = site.getBean(SearchIndex.class);
            String before = index.generationName();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream original = System.out;
            int exit;
            try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
                System.setOut(capture);
                exit = CommandLine.run(BroadsheetApplication.class, new String[] {"reindex", "--broadsheet.data-dir=" + dataDir});
            } finally {
                System.setOut(original);
            }

            assertThat(exit).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Reindexed");
            SearchTestSupport.eventually(SearchTestSupport.WITHIN, () -> {
                assertThat(index.generationName()).isNotEqualTo(before);
                assertThat(site.getBean(SearchService.class).search(SearchRequest.of("dugong")).hits()).hasSize(1);
            });
        }
    }

    private ConfigurableApplicationContext start() {
        return start("3600000");
    }

    private ConfigurableApplicationContext start(String pollMillis) {
        return new SpringApplicationBuilder(BroadsheetApplication.class)
                .run("--server.port=0", "--broadsheet.data-dir=" + dataDir, "--broadsheet.search.poll-millis=" + pollMillis);
    }
}
