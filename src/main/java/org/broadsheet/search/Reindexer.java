package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.apache.lucene.store.FSDirectory;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.Category;
import org.broadsheet.content.ChangeJournal;
import org.broadsheet.content.TaxonomyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds a complete new index generation from the database, then makes it current. Searches keep
 * using the old generation until then; the site notices the switch and follows the journal from
 * the position the rebuild started at, so changes made during the rebuild are not lost.
 */
@Component
public class Reindexer {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

    /** What a rebuild did. */
    public record Result(String generation, long documents, long position, long millis, long bytes) {
    }

    private final ArticleService articles;
    private final TaxonomyService taxonomy;
    private final ChangeJournal journal;
    private final IndexLayout layout;

    Reindexer(ArticleService articles, TaxonomyService taxonomy, ChangeJournal journal, IndexLocation location) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.journal = journal;
        this.layout = new IndexLayout(location.root());
    }

    /** Rebuilds; {@code progress} hears the number of stories read so far after each batch (indexing follows a few batches behind). */
    public Result rebuild(LongConsumer progress) {
        long started = System.nanoTime();
        long position = journal.latestPosition();
        String generation = layout.next();
        long count = 0;
        try (FSDirectory directory = FSDirectory.open(layout.path(generation));
             BulkIndexing writer = new BulkIndexing(directory)) {
            long lastId = 0;
            List<Article> batch;
            do {
                // this thread reads the next batch from the database while the workers index the last one
                batch = articles.publishedAfter(lastId, BATCH);
                List<List<Category>> trails = new ArrayList<>(batch.size());
                for (Article article : batch) {
                    trails.add(taxonomy.trail(article.category()));
                    lastId = article.id();
                }
                if (!batch.isEmpty()) {
                    writer.add(batch, trails);
                }
                count += batch.size();
                progress.accept(count);
            } while (batch.size() == BATCH);
            writer.commit(position);
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuilding the search index failed", e);
        }
        layout.point(generation);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long bytes = sizeOf(generation);
        log.info("event=search_reindexed generation={} documents={} position={} millis={} bytes={}",
                generation, count, position, millis, bytes);
        return new Result(generation, count, position, millis, bytes);
    }

    public long storiesToIndex() {
        return articles.countPublished();
    }

    private long sizeOf(String generation) {
        try (var files = java.nio.file.Files.walk(layout.path(generation))) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
