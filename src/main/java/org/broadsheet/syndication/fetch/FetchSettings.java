package org.broadsheet.syndication.fetch;

import java.time.Duration;

/**
 * The limits of one fetch.
 *
 * @param connectTimeout        how long to wait for a connection
 * @param timeout               how long the whole fetch may take, redirects and body included
 * @param maxBytes              the largest body accepted, after decompression
 * @param maxRedirects          redirects followed at most
 * @param allowPrivateAddresses fetch from loopback, private, link-local and other internal addresses (off: SSRF guard)
 * @param userAgent             sent with every request
 */
public record FetchSettings(Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects,
                            boolean allowPrivateAddresses, String userAgent) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), DEFAULT_MAX_BYTES, 5, false, userAgent(""));
    }

    /** "Broadsheet/0.1.0 (+https://news.example.org)", the site's address left out when unknown. */
    public static String userAgent(String siteUrl) {
        String version = FetchSettings.class.getPackage().getImplementationVersion();
        String ua = "Broadsheet/" + (version == null ? "dev" : version);
        return siteUrl == null || siteUrl.isBlank() ? ua : ua + " (+" + siteUrl.strip() + ")";
    }
}
