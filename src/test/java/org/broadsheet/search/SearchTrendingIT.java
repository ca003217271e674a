package org.broadsheet.search;

import java.net.URI;
import java.net.http.HttpRequest;

import org.broadsheet.trending.ViewCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Views reach "Top Stories" through the beacon; bots and prefetches are not counted. */
class SearchTrendingIT extends SearchTestSupport {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36";

    @Autowired
    ViewCounter counter;

    @Test
    void beaconsFromReadersMakeAStoryTopWhileBotsAreIgnored() {
        long read = saveIndexed(story("trend-read", "Much read trending story", "", "<p>Read.</p>", "Life", daysAgo(20)));
        long crawled = saveIndexed(story("trend-crawled", "Crawled trending story", "", "<p>Crawled.</p>", "Life", daysAgo(20)));

        for (int i = 0; i < 3; i++) {
            assertThat(beacon(read, BROWSER).statusCode()).isEqualTo(204);
        }
        for (int i = 0; i < 5; i++) {
            beacon(crawled, "Mozilla/5.0 (compatible; bingbot/2.0)");
        }
        counter.flush();

        // a reload from the database may have happened in between: views are stored in 5-minute buckets
        assertThat(counter.score(read)).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(counter.score(crawled)).isZero();
        String top = get("/api/v1/top").body();
        assertThat(top).startsWith("{\"articles\":[{\"id\":" + read + ",");
        assertThat(get("/").body()).contains("/story/trend-read");
    }

    @Test
    void theBeaconSetsNoCookieAndIsNeverCached() {
        var response = beacon(999_999_999L, BROWSER);

        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    private java.net.http.HttpResponse<String> beacon(long id, String userAgent) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/view?id=" + id))
                .header("User-Agent", userAgent).POST(HttpRequest.BodyPublishers.noBody()).build());
    }
}
