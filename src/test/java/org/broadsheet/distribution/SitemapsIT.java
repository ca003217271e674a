package org.broadsheet.distribution;

import java.time.Duration;
import java.time.Instant;

import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient.Answer;
import org.broadsheet.testsupport.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SitemapsIT extends AppTest {

    private static Document xml(Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type").orElseThrow()).startsWith("application/xml");
        return Jsoup.parse(answer.body(), "", Parser.xmlParser());
    }

    @Test
    void theSitemapIndexPointsAtPageAndStorySitemapsThatListPublishedStoriesWithLastmod() {
        var story = stories().any().updatedAt(Instant.now().minusSeconds(5));
        story.save();
        Document index = xml(http().get("/sitemap.xml"));
        assertThat(index.select("sitemapindex > sitemap > loc").eachText())
                .contains(baseUrl() + "/sitemaps/pages.xml", baseUrl() + "/sitemaps/stories-1.xml");
        Document stories = xml(http().get("/sitemaps/stories-1.xml"));
        var url = stories.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().equals(baseUrl() + "/story/" + story.slug())).findFirst().orElseThrow();
        assertThat(Instant.parse(url.selectFirst("lastmod").text())).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        assertThat(xml(http().get("/sitemaps/pages.xml")).select("loc").eachText()).contains(baseUrl() + "/", baseUrl() + "/about-us");
    }

    @Test
    void theNewsSitemapListsOnlyStoriesOfTheLastTwoDaysWithPublicationNameAndLanguage() {
        var fresh = stories().any().publishedAt(Instant.now().minus(Duration.ofHours(3)));
        fresh.save();
        var old = stories().any().publishedAt(Instant.now().minus(Duration.ofDays(3)));
        old.save();
        Document news = xml(http().get("/news-sitemap.xml"));
        var locs = news.select("url > loc").eachText();
        assertThat(locs).contains(baseUrl() + "/story/" + fresh.slug()).doesNotContain(baseUrl() + "/story/" + old.slug());
        assertThat(news.select("news|publication news|language").first().text()).isEqualTo("en");
        assertThat(news.select("news|publication news|name").first().text()).isNotBlank();
        assertThat(news.select("url").size()).isLessThanOrEqualTo(1000);
    }

    @Test
    void anUnknownStorySitemapPageIsA404() {
        assertThat(http().get("/sitemaps/stories-9999.xml").status()).isEqualTo(404);
    }

    @Test
    void robotsTxtPointsAtBothSitemaps() {
        Answer robots = http().get("/robots.txt");
        assertThat(robots.body()).contains("Sitemap: " + baseUrl() + "/sitemap.xml", "Sitemap: " + baseUrl() + "/news-sitemap.xml");
    }

    @Test
    void aSyndicatedStoryPageCarriesNewsArticleDataWithItsSourceAndSocialCards() {
        var story = stories().any().syndicatedFrom(Unique.name("Wire"), "https://wire.example/original", null);
        story.save();
        Document page = http().get("/story/" + story.slug()).html();
        JsonNode article = page.select("script[type=application/ld+json]").stream()
                .map(s -> JsonMapper.builder().build().readTree(s.data()))
                .filter(n -> n.get("@type").asString().equals("NewsArticle")).findFirst().orElseThrow();
        assertThat(article.get("headline").asString()).isEqualTo(story.title());
        assertThat(article.get("datePublished").asString()).isNotBlank();
        assertThat(article.get("author").get(0).get("url").asString()).startsWith(baseUrl() + "/author/");
        assertThat(article.get("publisher").get("logo").get("url").asString()).startsWith("http");
        assertThat(article.get("isBasedOn").asString()).isEqualTo("https://wire.example/original");
        assertThat(article.has("sourceOrganization")).isTrue();
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:title]").attr("content")).contains(story.title());
        assertThat(page.select("meta[name=twitter:card]")).isNotEmpty();
    }

    @Test
    void aHeadlineCannotBreakOutOfTheStructuredDataScript() {
        var story = stories().titled("Breaking </script><script>alert(1)</script> news");
        story.save();
        Answer page = http().get("/story/" + story.slug());
        assertThat(page.body()).doesNotContain("</script><script>alert(1)");
        assertThat(page.html().select("script[type=application/ld+json]").first().data()).contains("\\u003c/script>");
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(duration.toSeconds(), java.time.temporal.ChronoUnit.SECONDS);
    }
}
