package org.broadsheet.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.CacheSubject;
import org.broadsheet.content.ChangeJournal;
import org.broadsheet.content.ContentChanged;
import org.broadsheet.content.ContentChanges;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.cache.CdnPurger;
import org.broadsheet.platform.cache.PageCache;
import org.broadsheet.platform.cache.PageCacheFilter;
import org.broadsheet.platform.cache.PageCacheValve;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.broadsheet.search.RelatedStories;
import org.broadsheet.search.SearchIndexChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The full-page cache of the reader site and its invalidation. Changes made on this node drop
 * the pages that show them right after commit; changes made on other nodes sharing the database
 * arrive through the change journal within a second.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "broadsheet.page-cache.enabled", matchIfMissing = true)
class PageCaching {

    private static final Logger log = LoggerFactory.getLogger(PageCaching.class);
    /** How many of a newly indexed story's look-alikes get their pages refreshed. */
    private static final int NEIGHBOURS = 12;

    @Bean
    PageCache pageCache(BroadsheetProperties properties, MeterRegistry metrics) {
        long maxBytes = properties.pageCache().effectiveMaxBytes(Runtime.getRuntime().maxMemory());
        log.info("event=page_cache_sized max_bytes={}", maxBytes);
        PageCache cache = new PageCache(maxBytes, properties.pageCache().ttl());
        FunctionCounter.builder("broadsheet.page.cache.hits", cache, PageCache::hits).register(metrics);
        FunctionCounter.builder("broadsheet.page.cache.misses", cache, PageCache::misses).register(metrics);
        Gauge.builder("broadsheet.page.cache.entries", cache, PageCache::size).register(metrics);
        return cache;
    }

    /**
     * Runs first of all filters (before Spring Security and the HTTP metrics filter, which would
     * halve the rate of hits), so a hit costs little more than a map lookup and a write. Hits and
     * misses are counted by the cache itself ({@code broadsheet.page.cache.*} metrics).
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, BroadsheetProperties properties) {
        PageCacheFilter filter = new PageCacheFilter(cache, PageCaching::variant);
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
        // the class's condition decides without Spring AOT; with it (bin/start-fast.sh) the bean set is fixed at build time
        registration.setEnabled(properties.pageCache().enabled());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Hits are answered by a valve in Tomcat's pipeline, before the filter chain is even built:
     * about half the work of a hit through the filter (bench/README.md, HTTP). The filter above
     * still renders and stores misses.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> pageCacheValve(PageCache cache, BroadsheetProperties properties) {
        return factory -> {
            if (properties.pageCache().enabled()) {
                factory.addContextValves(new PageCacheValve(cache, PageCaching::variant));
            }
        };
    }

    private static final String DEFAULT_VARIANT = describe(ReaderPreferences.DEFAULT);

    /** What else than the URL changes a page: the reader's theme, text size and consent cookies. */
    private static String variant(HttpServletRequest request) {
        return variant(ReaderPreferences.from(request));
    }

    static String variant(ReaderPreferences p) {
        return p == ReaderPreferences.DEFAULT ? DEFAULT_VARIANT : describe(p);
    }

    private static String describe(ReaderPreferences p) {
        return p.theme() + "." + p.fontSize() + "." + (p.consented() ? "1" : "0");
    }

    @Bean
    Invalidator pageCacheInvalidator(PageCache cache, ArticleService articles, TaxonomyService taxonomy,
                                     SiteSettingsService settings, ChangeJournal journal, RelatedStories related,
                                     BroadsheetProperties properties) {
        String purgeUrl = properties.cdn().purgeUrl();
        CdnPurger cdn = purgeUrl.isBlank() ? null : new CdnPurger(purgeUrl, properties.cdn().purgeToken());
        return new Invalidator(cache, articles, taxonomy, settings, journal, related, cdn);
    }

    static class Invalidator {
        private final PageCache cache;
        private final ArticleService articles;
        private final TaxonomyService taxonomy;
        private final SiteSettingsService settings;
        private final ChangeJournal journal;
        private final RelatedStories related;
        private final CdnPurger cdn;
        /** Journal ids this node handled on commit; the journal follower skips them. */
        private final Set<Long> handledHere = ConcurrentHashMap.newKeySet();
        private long position;

        Invalidator(PageCache cache, ArticleService articles, TaxonomyService taxonomy, SiteSettingsService settings,
                    ChangeJournal journal, RelatedStories related, CdnPurger cdn) {
            this.settings = settings;
            this.cache = cache;
            this.related = related;
            this.articles = articles;
            this.taxonomy = taxonomy;
            this.journal = journal;
            this.cdn = cdn;
            this.position = journal.latestPosition();
        }

        /** A change made here: drop the pages, and tell the CDN (only the node that made the change does). */
        @EventListener
        void onLocalChange(ContentChanged change) {
            if (handledHere.size() > 100_000) {
                handledHere.clear();
            }
            handledHere.add(change.journalId());
            List<String> keys = invalidate(change.entity(), change.entityId());
            purgeCdn(keys);
        }

        /** Many stories written at once (a wire batch): their pages, archives, home and feeds dropped in one go. */
        @EventListener
        void onLocalChanges(ContentChanges batch) {
            List<Long> articleIds = new ArrayList<>();
            for (ContentChanged change : batch.changes()) {
                handledHere.add(change.journalId());
                if ("article".equals(change.entity())) {
                    articleIds.add(change.entityId());
                } else {
                    onLocalChange(change);
                }
            }
            if (articleIds.isEmpty()) {
                return;
            }
            List<String> keys = invalidateArticles(articleIds);
            purgeCdn(keys);
        }

        /** Tells the CDN what changed (only the node that made the change does); no keys: everything. */
        private void purgeCdn(List<String> keys) {
            if (cdn == null) {
                return;
            }
            if (keys.isEmpty()) {
                cdn.purgeAll();
            } else {
                cdn.purge(keys);
            }
        }

        private List<String> invalidateArticles(List<Long> ids) {
            try {
                List<CacheSubject> subjects = articles.cacheSubjects(ids);
                if (subjects.size() < new HashSet<>(ids).size()) {  // some are gone already: play safe
                    cache.invalidateAll();
                    return List.of();
                }
                Set<String> keys = new LinkedHashSet<>(List.of("home", "feed", "sitemap"));
                for (CacheSubject s : subjects) {
                    keys.add("article-" + s.articleId());
                    keys.add("related-" + s.articleId());
                    keys.add("archive-author-" + s.authorSlug());
                    taxonomy.category(s.categoryId()).ifPresent(
                            category -> taxonomy.trail(category).forEach(c -> keys.add("archive-category-" + c.slug())));
                    s.tagSlugs().forEach(t -> keys.add("archive-tag-" + t));
                }
                List<String> list = List.copyOf(keys);
                cache.invalidate(list);
                log.debug("event=page_cache_invalidated articles={} keys={}", ids.size(), list.size());
                return list;
            } catch (RuntimeException e) {
                log.warn("event=page_cache_invalidate_all articles={} reason={}", ids.size(), e.toString());
                cache.invalidateAll();
                return List.of();
            }
        }

        /**
         * Pages listing stories the search index chose (related, top stories) once the index has a
         * change: pages that list a changed story, the changed story's own page, and the pages of the
         * stories most like it, whose related lists it may now join.
         */
        @EventListener
        void onSearchIndexChanged(SearchIndexChanged change) {
            List<String> keys = new ArrayList<>(List.of("home"));
            for (long id : change.articleIds()) {
                keys.add("related-" + id);
                keys.add("article-" + id);
                related.related(id, 1, NEIGHBOURS).ifPresent(
                        alike -> alike.forEach(story -> keys.add("article-" + story.id())));
            }
            cache.evict(keys);
        }

        /** Picks up changes written by other nodes. */
        @Scheduled(fixedDelay = 1000, initialDelay = 1000)
        void followJournal() {
            List<ChangeJournal.Change> changes = journal.after(position, 500);
            for (ChangeJournal.Change change : changes) {
                if (!handledHere.remove(change.id())) {
                    // settings and categories kept in memory first, so the pages are not rendered again from old ones
                    if ("settings".equals(change.entity())) {
                        settings.forget();
                    } else if ("category".equals(change.entity())) {
                        taxonomy.forgetCategories();
                    }
                    invalidate(change.entity(), change.entityId());
                }
                position = change.id();
            }
        }

        /**
         * Drops what shows the changed entity and returns its surrogate keys (empty: everything
         * was dropped). Never fails the writer: when the keys cannot be worked out, everything goes.
         */
        List<String> invalidate(String entity, long id) {
            try {
                return invalidateKeys(entity, id);
            } catch (RuntimeException e) {
                log.warn("event=page_cache_invalidate_all entity={} entity_id={} reason={}", entity, id, e.toString());
                cache.invalidateAll();
                return List.of();
            }
        }

        private List<String> invalidateKeys(String entity, long id) {
            if (!"article".equals(entity)) {
                cache.invalidateAll();
                return List.of();
            }
            Optional<Article> article = articles.findAnyStatus(id);
            if (article.isEmpty()) {
                cache.invalidateAll();
                return List.of();
            }
            Article a = article.get();
            List<String> keys = new ArrayList<>(List.of("article-" + id, "home", "feed", "sitemap",
                    "archive-author-" + a.author().slug(), "related-" + id));
            taxonomy.trail(a.category()).forEach(c -> keys.add("archive-category-" + c.slug()));
            a.tags().forEach(t -> keys.add("archive-tag-" + t.slug()));
            cache.invalidate(keys);
            log.debug("event=page_cache_invalidated article_id={} keys={}", id, keys.size());
            return keys;
        }
    }
}
