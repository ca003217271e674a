package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.broadsheet.content.Article;
import org.broadsheet.content.Category;

/**
 * Writes a whole new index fast (a rebuild, and the benchmark that measures one): documents are
 * built and added on one thread per core while the caller reads the next stories (IndexWriter is
 * thread-safe), with a RAM buffer as large as the heap allows, and no merge down to one segment
 * unless there are many (merging rewrites the whole index once more).
 */
final class BulkIndexing implements AutoCloseable {

    /** More segments than this after a rebuild are merged down to this many. */
    static final int MAX_SEGMENTS = 8;
    private static final int MAX_BUFFER_MB = 256;

    private final IndexWriter writer;
    private final ExecutorService workers;
    /** Bounds the batches in flight, so the reader cannot run ahead and fill the heap. */
    private final Semaphore inFlight;
    private final List<Future<?>> pending = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    BulkIndexing(Directory directory) throws IOException {
        int threads = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
        this.writer = new IndexWriter(directory, config());
        this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("search-rebuild-", 1).factory());
        this.inFlight = new Semaphore(threads * 2);
    }

    /** A quarter of the heap at most: a rebuild may run inside a small site (the README's -Xmx192m). */
    static IndexWriterConfig config() {
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        double buffer = Math.clamp(heapMb / 4, 16, MAX_BUFFER_MB);
        // no compound files: packing each new segment into one file copies the whole index once more
        return StoryDocuments.writerConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(buffer)
                .setUseCompoundFile(false);
    }

    /** Adds {@code articles} (with each one's category trail, looked up by the caller) on the worker threads. */
    void add(List<Article> articles, List<List<Category>> trails) {
        rethrow();
        inFlight.acquireUninterruptibly();
        pending.removeIf(Future::isDone);
        pending.add(workers.submit(() -> {
            try {
                for (int i = 0; i < articles.size(); i++) {
                    writer.addDocument(StoryDocuments.of(articles.get(i), trails.get(i)));
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        }));
    }

    /** Waits for the documents in flight, then commits with {@code position}; the index is complete after it. */
    void commit(long position) throws IOException {
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        }
        rethrow();
        writer.setLiveCommitData(Map.of(SearchIndex.POSITION, Long.toString(position)).entrySet());
        writer.commit();
        if (SegmentInfos.readLatestCommit(writer.getDirectory()).size() > MAX_SEGMENTS) {
            writer.forceMerge(MAX_SEGMENTS);
            writer.commit();
        }
    }

    private void rethrow() {
        Throwable e = failure.get();
        if (e instanceof IOException io) {
            throw new UncheckedIOException(io);
        } else if (e instanceof RuntimeException r) {
            throw r;
        } else if (e instanceof Error err) {
            throw err;
        } else if (e != null) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        workers.shutdown();
        try {
            workers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.close();
    }
}
