package org.broadsheet.syndication.fetch;

import java.net.URI;
import java.time.Duration;

/** How a fetch went: a body, "nothing new" (304), or a failure in plain words. */
public sealed interface FetchResult {

    /**
     * A 2xx answer: the body after decompression (within the size limit), where it finally came
     * from (after redirects), its declared content type (may be null), and the validators to send next time.
     */
    record Fetched(URI finalUrl, int status, byte[] body, String contentType, String etag, String lastModified)
            implements FetchResult {
    }

    /** 304 Not Modified: nothing new, nothing to parse. */
    record NotModified() implements FetchResult {
    }

    /**
     * The feed could not be fetched. {@code reason} is for editors ("The server answered 404 Not Found."),
     * {@code status} the HTTP status if there was one, {@code retryAfter} what a 429/503 asked for (may be null).
     */
    record Failed(String reason, Integer status, Duration retryAfter) implements FetchResult {
    }
}
