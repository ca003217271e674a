package org.broadsheet.syndication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.broadsheet.content.ArticleService;
import org.broadsheet.content.Category;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.syndication.SyndicationTestSupport.settings;
import static org.broadsheet.syndication.SyndicationTestSupport.with;

/** A real RSS file from a (local) web server, through the real fetcher and reader, onto the site. */
class WireFeedEndToEndIT extends AccountsAppTest {

    @Autowired
    FeedPoller poller;
    @Autowired
    SourceService sources;
    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    ArticleService articles;
    TestFeeds server;

    @BeforeEach
    void start() throws IOException {
        server = new TestFeeds();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anRssFeedIsPolledFilteredMappedAndPublishedOnceWithAttribution() throws IOException {
        String rss;
        try (InputStream in = getClass().getResourceAsStream("wire.rss")) {
            rss = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = "/" + Unique.slug("meridian") + ".rss";
        server.serve(path, rss, "application/rss+xml; charset=utf-8");
        Category local = SyndicationTestSupport.category(taxonomy, "Local");
        Category transport = SyndicationTestSupport.category(taxonomy, "Transport");
        Source source = sources.create(with(with(with(settings(Unique.name("Meridian"), local.slug(), "auto"),
                "url", server.url(path)), "exclude", "sponsored"), "categoryMap", "Transport = " + transport.slug()), null);

        PollOutcome first = poller.pollNow(source.id());

        assertThat(first.error()).isNull();
        assertThat(first.fetched()).isTrue();
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.skipped()).isEqualTo(1);
        var list = newReader().get("/api/v1/articles?source=" + source.id()).json().get("articles");
        assertThat(list).hasSize(2);
        String slug = jdbc.sql("SELECT a.slug FROM article a JOIN wire_item w ON w.article_id = a.id WHERE w.guid = 'meridian-1002' AND w.source_id = :s")
                .param("s", source.id()).query(String.class).single();
        var story = articles.findPublished(slug).orElseThrow();
        assertThat(story.category().slug()).isEqualTo(transport.slug());
        SiteClient.Answer page = newReader().get("/story/" + slug);
        assertThat(page.html().select(".attribution").text()).contains(source.name());
        assertThat(page.html().select("link[rel=canonical]").attr("href")).isEqualTo("https://meridian.example/news/ferry-timetable");

        PollOutcome second = poller.pollNow(source.id());
        assertThat(second.error()).isNull();
        assertThat(second.created()).isZero();
        assertThat(sources.find(source.id()).orElseThrow().health().etag()).isNotNull();

        server.serve(path, rss.replace("twenty minutes earlier", "half an hour earlier"), "application/rss+xml; charset=utf-8");
        PollOutcome third = poller.pollNow(source.id());
        assertThat(third.updated()).isEqualTo(1);
        assertThat(third.created()).isZero();
        assertThat(newReader().get("/story/" + slug).body()).contains("half an hour earlier");
    }
}
