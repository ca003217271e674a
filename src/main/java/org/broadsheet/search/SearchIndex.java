package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The site's Lucene index (in {@link IndexLocation}): one writer, near-real-time searchers, and
 * the journal position it reflects, kept in the commit's user data so that it survives a crash
 * together with the documents. Only the running site opens it; {@link Reindexer} builds new
 * generations beside it, and {@link #swapIfRebuilt()} switches to one when it is complete.
 */
@Component
public class SearchIndex {

    static final String POSITION = "journal_position";
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** A searcher on one generation; call its operations only through {@link #search}. */
    @FunctionalInterface
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** @param unsorted written before segments were sorted by date: searches work, slower, until a rebuild */
    private record Generation(String name, FSDirectory directory, IndexWriter writer, SearcherManager searchers,
                              boolean unsorted) {
    }

    private final IndexLayout layout;
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();
    /** Changes whenever what searches see changes: caches key on it. */
    private final AtomicLong version = new AtomicLong();
    private volatile Generation generation;

    @Autowired
    SearchIndex(IndexLocation location) {
        this(location.root());
    }

    /** The index under {@code root} (the benchmark opens one without the application). */
    SearchIndex(Path root) {
        this.layout = new IndexLayout(root);
    }

    /**
     * The open generation, opened on first use: a command-line process (import, reindex) never opens
     * it, so it never competes with a running site for the index's write lock.
     */
    private Generation generation() {
        Generation g = generation;
        if (g == null) {
            synchronized (this) {
                if (generation == null) {
                    String current = layout.current();
                    generation = open(current);
                    layout.deleteOlderThan(current);
                    log.info("event=search_index_opened generation={} position={} documents={}", current,
                            commitPosition(generation), generation.writer().getDocStats().numDocs);
                }
                g = generation;
            }
        }
        return g;
    }

    IndexLayout layout() {
        return layout;
    }

    /** The last journal entry this index reflects. */
    long position() {
        return commitPosition(generation());
    }

    private static long commitPosition(Generation generation) {
        for (Map.Entry<String, String> e : generation.writer().getLiveCommitData()) {
            if (POSITION.equals(e.getKey())) {
                return Long.parseLong(e.getValue());
            }
        }
        return 0;
    }

    long version() {
        return version.get();
    }

    int documentCount() {
        return generation().writer().getDocStats().numDocs;
    }

    String generationName() {
        return generation().name();
    }

    /** Whether the open generation predates the sort by date (an index of an earlier version) and wants a rebuild. */
    boolean needsRebuild() {
        return generation().unsorted();
    }

    /** Adds or replaces {@code documents}, removes {@code deletedIds}, and commits them with {@code position}. */
    void apply(Map<Long, Document> documents, Collection<Long> deletedIds, long position) {
        swapLock.readLock().lock();
        try {
            Generation g = generation();
            IndexWriter writer = g.writer();
            for (Map.Entry<Long, Document> e : documents.entrySet()) {
                writer.updateDocument(StoryDocuments.idTerm(e.getKey()), e.getValue());
            }
            for (long id : deletedIds) {
                writer.deleteDocuments(StoryDocuments.idTerm(id));
            }
            writer.setLiveCommitData(Map.of(POSITION, Long.toString(position)).entrySet());
            writer.commit();
            g.searchers().maybeRefreshBlocking();
            version.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** Runs {@code function} on the current searcher; a swap waits until it is done. */
    <T> T search(SearcherFunction<T> function) {
        swapLock.readLock().lock();
        try {
            SearcherManager searchers = generation().searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** Switches to a generation that a rebuild completed since; returns whether it did. */
    boolean swapIfRebuilt() {
        String current = layout.current();
        if (current.equals(generation().name())) {
            return false;
        }
        Generation fresh = open(current);
        Generation old;
        swapLock.writeLock().lock();
        try {
            old = generation;
            generation = fresh;
            version.incrementAndGet();
        } finally {
            swapLock.writeLock().unlock();
        }
        close(old);
        layout.deleteOlderThan(current);
        log.info("event=search_index_swapped from={} to={} position={} documents={}", old.name(), current, position(),
                documentCount());
        return true;
    }

    @PreDestroy
    void close() {
        swapLock.writeLock().lock();
        try {
            if (generation != null) {
                close(generation);
            }
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    private Generation open(String name) {
        try {
            FSDirectory directory = FSDirectory.open(layout.path(name));
            boolean unsorted = false;
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, StoryDocuments.writerConfig()
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (IllegalArgumentException e) {
                // an index written before segments were sorted by date: Lucene cannot add the sort to it
                log.warn("event=search_index_unsorted generation={} action=rebuild reason=\"{}\"", name, e.getMessage());
                unsorted = true;
                writer = new IndexWriter(directory, new IndexWriterConfig(StoryDocuments.analyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            }
            if (writer.getLiveCommitData() == null || !writer.getLiveCommitData().iterator().hasNext()) {
                writer.setLiveCommitData(Map.of(POSITION, "0").entrySet());
                writer.commit();
            }
            return new Generation(name, directory, writer, new SearcherManager(writer, null), unsorted);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + layout.path(name), e);
        }
    }

    private static void close(Generation g) {
        try {
            g.searchers().close();
            g.writer().close();
            g.directory().close();
        } catch (IOException e) {
            log.warn("event=search_index_close_failed generation={} error={}", g.name(), e.toString());
        }
    }
}
