package org.broadsheet.platform.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything under {@code broadsheet.*}; each key can be set as an environment variable
 * ({@code broadsheet.data-dir} as {@code BROADSHEET_DATA_DIR}).
 *
 * @param dataDir   where the database file, media and logs live
 * @param demo      load the demo content on start (idempotent)
 * @param baseUrl   the public address of the site, used for absolute links; empty means "from the request"
 * @param contact   limits of the public contact form
 * @param feed      what the RSS, Atom and JSON feeds carry
 * @param pageCache the in-memory cache of whole pages for anonymous readers
 * @param security  HTTP security headers
 * @param cdn       a CDN in front of the site, told what to purge when content changes
 * @param admin     the first administrator, created on a start with no accounts
 * @param signIn    limits of sign-in attempts and the remember-me cookie
 * @param mail      who the site's mails come from
 * @param syndication how wire feeds are fetched
 * @param media     limits of uploads to the media library
 * @param front     the cache front: answers cached pages on the public port before Tomcat
 */
@ConfigurationProperties("broadsheet")
public record BroadsheetProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("false") boolean demo,
        @DefaultValue("") String baseUrl,
        @DefaultValue Contact contact,
        @DefaultValue Feed feed,
        @DefaultValue PageCacheSettings pageCache,
        @DefaultValue Security security,
        @DefaultValue Cdn cdn,
        @DefaultValue Admin admin,
        @DefaultValue SignIn signIn,
        @DefaultValue Mail mail,
        @DefaultValue Syndication syndication,
        @DefaultValue Media media,
        @DefaultValue Front front) {

    /**
     * @param enabled     answer cache hits on the public port before Tomcat (Tomcat then listens on the
     *                    loopback address only); off, or with TLS on Tomcat's port, Tomcat listens there itself
     * @param threads     selector threads; 0 means one per processor
     * @param idleTimeout how long an idle client connection stays open
     */
    public record Front(@DefaultValue("true") boolean enabled, @DefaultValue("0") int threads,
                        @DefaultValue("60s") Duration idleTimeout) {

        public int effectiveThreads() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /** @param maxMessages how many messages one client may send per {@code window} */
    public record Contact(@DefaultValue("5") int maxMessages, @DefaultValue("1h") Duration window) {
    }

    /** @param fullText whole stories in feeds (true) or only their standfirst (false) */
    public record Feed(@DefaultValue("true") boolean fullText) {
    }

    /**
     * @param maxBytes memory for cached pages (each stored plain, gzip and Brotli); 0 (the default) means
     *                 a quarter of the JVM's maximum heap, at most 64 MB, so a small heap is not filled by pages
     * @param ttl      how long a page may stay at most
     */
    public record PageCacheSettings(@DefaultValue("true") boolean enabled, @DefaultValue("0") long maxBytes,
                                    @DefaultValue("5m") Duration ttl) {

        static final long MOST_BY_DEFAULT = 64L * 1024 * 1024;

        /** The byte bound in force: {@code maxBytes}, or when 0, a quarter of {@code maxHeap}, at most 64 MB. */
        public long effectiveMaxBytes(long maxHeap) {
            return maxBytes > 0 ? maxBytes : Math.min(MOST_BY_DEFAULT, maxHeap / 4);
        }
    }

    /** Strict-Transport-Security, sent on HTTPS requests only; a zero max-age turns it off. */
    public record Security(@DefaultValue("365d") Duration hstsMaxAge, @DefaultValue("true") boolean hstsIncludeSubdomains) {
    }

    /**
     * @param purgeUrl   where to POST {@code {"keys": [...]}} when pages change (empty: no CDN purging)
     * @param purgeToken sent as {@code Authorization: Bearer <token>} when set
     */
    public record Cdn(@DefaultValue("") String purgeUrl, @DefaultValue("") String purgeToken) {
    }

    /** Both set: the first administrator is created from them when there is no account yet. */
    public record Admin(@DefaultValue("") String email, @DefaultValue("") String password) {
    }

    /**
     * @param maxAttemptsPerAccount failed sign-ins allowed for one e-mail address per {@code window}
     * @param maxAttemptsPerAddress failed sign-ins allowed from one client address per {@code window}
     * @param rememberMe            how long "Remember me" keeps a browser signed in
     */
    public record SignIn(@DefaultValue("5") int maxAttemptsPerAccount, @DefaultValue("20") int maxAttemptsPerAddress,
                         @DefaultValue("15m") Duration window, @DefaultValue("30d") Duration rememberMe) {
    }

    /** @param from the sender of the site's mails (password reset) */
    public record Mail(@DefaultValue("Broadsheet <no-reply@localhost>") String from) {
    }

    /**
     * @param maxUploadBytes the largest picture file accepted (10 MB)
     * @param maxPixels      the most pixels (width x height) a picture may have, checked before decoding it
     */
    public record Media(@DefaultValue("10485760") long maxUploadBytes, @DefaultValue("50000000") long maxPixels) {
    }

    /**
     * @param connectTimeout        how long to wait for a feed server to accept the connection
     * @param readTimeout           how long a whole fetch may take (redirects and body included)
     * @param maxFeedSize           the largest feed accepted, after decompression
     * @param allowPrivateAddresses fetch feeds from loopback, private and link-local addresses (off: SSRF guard)
     */
    public record Syndication(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout,
                              @DefaultValue("10MB") DataSize maxFeedSize, @DefaultValue("false") boolean allowPrivateAddresses) {
    }

    public Path mediaDir() {
        return dataDir.resolve("media");
    }
}
