package org.broadsheet.syndication.fetch;

import java.net.URI;

/** What to fetch, with the validators of the last answer for a conditional GET (both may be null). */
public record FetchRequest(URI url, String etag, String lastModified) {

    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null);
    }
}
