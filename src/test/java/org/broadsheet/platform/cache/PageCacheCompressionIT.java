package org.broadsheet.platform.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import org.broadsheet.testsupport.AppTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cached pages go out Brotli- or gzip-compressed as the client asks, and decode to the same page. */
class PageCacheCompressionIT extends AppTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void a_cached_page_is_served_in_the_coding_the_client_prefers() throws Exception {
        var story = stories().any();
        story.save();
        String path = "/story/" + story.slug();
        HttpResponse<byte[]> first = get(path, "br");
        assertThat(first.headers().firstValue("X-Cache")).contains("MISS");
        awaitHit(path);  // the search index drops the page once when it takes the new story in

        HttpResponse<byte[]> brotli = get(path, "gzip, deflate, br");
        HttpResponse<byte[]> gzip = get(path, "br;q=0, gzip");
        HttpResponse<byte[]> identity = get(path, null);

        assertThat(brotli.headers().firstValue("Content-Encoding")).contains("br");
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
        String page = new String(identity.body(), StandardCharsets.UTF_8);
        assertThat(page).contains("</html>");
        assertThat(unbrotli(brotli.body())).isEqualTo(page);
        assertThat(ungzip(gzip.body())).isEqualTo(page);
        assertThat(brotli.body().length).isLessThan(gzip.body().length);
        assertThat(brotli.headers().allValues("Vary").toString()).contains("Accept-Encoding");
    }

    @Test
    void pages_the_cache_does_not_hold_and_assets_are_compressed_too_with_a_weak_etag_that_still_answers_304() throws Exception {
        var story = stories().any();
        story.save();
        for (int i = 0; i < 5; i++) {  // feeds over Tomcat's 1 KB threshold for compression
            stories().any().save();
        }
        String stylesheet = org.jsoup.Jsoup.parse(new String(get("/", null).body(), StandardCharsets.UTF_8))
                .select("link[rel=stylesheet]").attr("href");

        for (String path : new String[] {"/search?q=" + story.slug(), stylesheet, "/story/" + story.slug() + "?first=visit",
                "/feed?first=visit", "/feed/atom?first=visit", "/feed.json?first=visit"}) {
            HttpResponse<byte[]> gzip = get(path, "gzip, deflate");
            HttpResponse<byte[]> plain = get(path, null);

            assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(ungzip(gzip.body())).as(path).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
            String etag = plain.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(path).startsWith("W/");
            HttpResponse<byte[]> again = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void a_hit_carries_the_same_headers_and_bytes_as_the_page_that_was_stored() throws Exception {
        var story = stories().any();
        story.save();
        String path = "/story/" + story.slug();
        HttpResponse<byte[]> miss = get(path, null);
        assertThat(miss.headers().firstValue("X-Cache")).contains("MISS");
        HttpResponse<byte[]> hit = awaitHit(path);

        assertThat(hit.body()).isEqualTo(miss.body());
        var hitHeaders = headersOf(hit);
        var missHeaders = headersOf(miss);
        // A hit varies by Accept-Encoding too (it may be answered compressed); the rest is the same.
        assertThat(hitHeaders.remove("vary")).contains("cookie", "accept-encoding");
        missHeaders.remove("vary");
        assertThat(hitHeaders).isEqualTo(missHeaders);
    }

    /** Header names and values as a client sees them, without those that differ by nature (date, hit or miss). */
    private static java.util.Map<String, java.util.Set<String>> headersOf(HttpResponse<?> response) {
        java.util.Map<String, java.util.Set<String>> headers = new java.util.TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("date") && !name.equalsIgnoreCase("x-cache")) {
                java.util.Set<String> set = new java.util.TreeSet<>();
                values.forEach(v -> java.util.Arrays.stream(v.split(",")).map(String::strip)
                        .map(x -> name.equalsIgnoreCase("vary") ? x.toLowerCase(java.util.Locale.ROOT) : x).forEach(set::add));
                headers.merge(name.toLowerCase(java.util.Locale.ROOT), set, (a, b) -> {
                    a.addAll(b);
                    return a;
                });
            }
        });
        return headers;
    }

    /** A plain answer from the cache, once the page has stayed in it. */
    private HttpResponse<byte[]> awaitHit(String path) {
        java.util.List<HttpResponse<byte[]>> hit = new java.util.ArrayList<>();
        org.broadsheet.testsupport.Eventually.eventually(java.time.Duration.ofSeconds(5), () -> {
            try {
                HttpResponse<byte[]> answer = get(path, null);
                assertThat(answer.headers().firstValue("X-Cache")).contains("HIT");
                hit.add(answer);
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        return hit.getLast();
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String unbrotli(byte[] body) throws IOException {
        var decoded = Decoder.decompress(body);
        assertThat(decoded.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
        return new String(decoded.getDecompressedData(), StandardCharsets.UTF_8);
    }

    private static String ungzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
