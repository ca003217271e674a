package org.broadsheet.platform.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells a CDN which surrogate keys to purge, by POSTing {@code {"keys": ["article-42", ...]}} to a
 * configured webhook (a small adapter for Fastly, Cloudflare or Varnish sits behind it). Sent in
 * the background; a failing webhook is logged and never slows or fails a write.
 */
public final class CdnPurger {

    static final String ALL = "all";
    private static final Logger log = LoggerFactory.getLogger(CdnPurger.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public CdnPurger(String url, String token) {
        this.url = URI.create(url);
        this.token = token;
    }

    /** Purges these keys; {@link #purgeAll()} for everything. */
    public void purge(Collection<String> keys) {
        String body = JSON.writeValueAsString(Map.of("keys", List.copyOf(keys)));
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error != null) {
                log.warn("event=cdn_purge_failed url={} reason={}", url, error.toString());
            } else if (response.statusCode() >= 300) {
                log.warn("event=cdn_purge_failed url={} status={}", url, response.statusCode());
            }
        });
    }

    public void purgeAll() {
        purge(List.of(ALL));
    }
}
