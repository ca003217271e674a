package org.broadsheet.platform.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Whole responses kept in memory, compressed ahead (gzip, and Brotli where its native library
 * loads), bounded by their size in bytes. Each entry
 * carries the surrogate keys of what it shows, so a change can drop exactly the pages that
 * show it. A generation counter keeps a page rendered before a change from being stored after it.
 */
public final class PageCache {

    /**
     * A stored response.
     *
     * @param headers response headers to replay (never Set-Cookie)
     * @param body       the body as sent to clients that take neither Brotli nor gzip
     * @param gzipBody   the body gzip-compressed
     * @param brotliBody the body Brotli-compressed; null when Brotli is not available here
     * @param keys       surrogate keys, e.g. "article-42", "home"
     */
    public record Entry(int status, Map<String, List<String>> headers, byte[] body, byte[] gzipBody,
                        byte[] brotliBody, String etag, Set<String> keys, HeaderBlock headerBlock) {

        public Entry(int status, Map<String, List<String>> headers, byte[] body, byte[] gzipBody,
                     byte[] brotliBody, String etag, Set<String> keys) {
            this(status, headers, body, gzipBody, brotliBody, etag, keys, HeaderBlock.of(headers));
        }

        int weight() {
            return body.length + gzipBody.length + (brotliBody == null ? 0 : brotliBody.length) + headerBlock.size();
        }
    }

    private final Cache<String, Entry> entries;
    private final AtomicLong generation = new AtomicLong();

    public PageCache(long maxBytes, Duration timeToLive) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry entry) -> key.length() * 2 + entry.weight() + 512)
                .expireAfterWrite(timeToLive)
                .recordStats()
                .build();
    }

    public Entry get(String key) {
        return entries.getIfPresent(key);
    }

    /** The generation to pass to {@link #put}; read it before rendering. */
    public long generation() {
        return generation.get();
    }

    /** Stores the entry unless something was invalidated since {@code renderedAt} was read. */
    public void put(String key, Entry entry, long renderedAt) {
        if (generation.get() == renderedAt) {
            entries.put(key, entry);
            if (generation.get() != renderedAt) {
                entries.invalidate(key);
            }
        }
    }

    /** Drops every entry that shows one of {@code keys}. */
    public void invalidate(Collection<String> keys) {
        generation.incrementAndGet();
        entries.asMap().entrySet().removeIf(e -> e.getValue().keys().stream().anyMatch(keys::contains));
    }

    /**
     * Drops every entry that shows one of {@code keys}, without the fence of {@link #invalidate}
     * (which keeps any page being rendered meanwhile from being stored). For projections that change
     * a little after the database does, such as the search index: fencing on each of their updates
     * would keep pages from being cached at all on a busy site, while a page rendered in the few
     * milliseconds of an update is the only one that can slip through.
     */
    public void evict(Collection<String> keys) {
        entries.asMap().entrySet().removeIf(e -> e.getValue().keys().stream().anyMatch(keys::contains));
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    public long size() {
        return entries.estimatedSize();
    }

    public long hits() {
        return entries.stats().hitCount();
    }

    public long misses() {
        return entries.stats().missCount();
    }
}
