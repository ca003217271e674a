package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.Eventually;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The started app of {@link AppTest} (one context shared with the other app tests) with helpers for
 * search. Each test uses words of its own, so tests do not see each other's stories.
 */
abstract class SearchTestSupport extends AppTest {

    /** The follower polls every 250 ms, so a second is what the issue asks and what we allow. */
    static final Duration WITHIN = Duration.ofSeconds(1);

    @Autowired
    SearchIndexer indexer;
    @Autowired
    SearchService search;

    final HttpClient http = HttpClient.newHttpClient();

    static ArticleDraft story(String slug, String title, String dek, String bodyHtml, String category,
                              Instant publishedAt, String... tags) {
        return new ArticleDraft(slug, title, dek, bodyHtml, null, ArticleStatus.PUBLISHED, false, publishedAt, null,
                "Test Writer", category, List.of(tags), null, null, null);
    }

    static ArticleDraft withStatus(ArticleDraft d, ArticleStatus status) {
        return new ArticleDraft(d.slug(), d.title(), d.dek(), d.bodyHtml(), d.bodyMarkdown(), status, d.featured(),
                d.publishedAt(), d.updatedAt(), d.authorName(), d.category(), d.tagNames(), d.image(), d.syndication(),
                d.correctionNote());
    }

    static Instant daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    /** Saves the stories and brings the index up to date at once (the follower would within a second). */
    long saveIndexed(ArticleDraft... drafts) {
        long id = 0;
        for (ArticleDraft d : drafts) {
            id = articles.save(d).id();
        }
        indexer.catchUp();
        return id;
    }

    List<String> slugsFound(String q) {
        return search.search(SearchRequest.of(q)).hits().stream().map(h -> h.story().slug()).toList();
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void eventually(Duration within, Runnable assertion) {
        Eventually.eventually(within, assertion);
    }
}
