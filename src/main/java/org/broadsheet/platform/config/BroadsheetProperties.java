package org.broadsheet.platform.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 */
@ConfigurationProperties("broadsheet")
public record BroadsheetProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("false") boolean demo,
        @DefaultValue("") String baseUrl,
        @DefaultValue Contact contact,
        @DefaultValue Feed feed,
        @DefaultValue PageCacheSettings pageCache) {

    /** @param maxMessages how many messages one client may send per {@code window} */
    public record Contact(@DefaultValue("5") int maxMessages, @DefaultValue("1h") Duration window) {
    }

    /** @param fullText whole stories in feeds (true) or only their standfirst (false) */
    public record Feed(@DefaultValue("true") boolean fullText) {
    }

    /** @param maxBytes memory for cached pages (gzip-compressed); @param ttl how long a page may stay at most */
    public record PageCacheSettings(@DefaultValue("true") boolean enabled, @DefaultValue("67108864") long maxBytes,
                                    @DefaultValue("5m") Duration ttl) {
    }

    public Path mediaDir() {
        return dataDir.resolve("media");
    }
}
