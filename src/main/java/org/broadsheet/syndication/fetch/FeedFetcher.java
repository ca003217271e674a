package org.broadsheet.syndication.fetch;

/**
 * Fetches feeds from servers that may be slow, broken or hostile: timeouts, a size limit after
 * decompression, at most 5 redirects to http(s) only, no internal addresses unless allowed,
 * conditional GET, Retry-After.
 */
public interface FeedFetcher {

    /** Never throws for network trouble: every failure is a {@link FetchResult.Failed} with a plain reason. */
    FetchResult fetch(FetchRequest request);
}
