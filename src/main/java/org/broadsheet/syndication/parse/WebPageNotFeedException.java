package org.broadsheet.syndication.parse;

import java.net.URI;
import java.util.List;

/** The address gave a web page instead of a feed; {@link #feedUrls()} are the feeds the page names (may be empty). */
public class WebPageNotFeedException extends FeedParseException {

    private final List<URI> feedUrls;

    public WebPageNotFeedException(String message, List<URI> feedUrls) {
        super(message);
        this.feedUrls = List.copyOf(feedUrls);
    }

    public List<URI> feedUrls() {
        return feedUrls;
    }
}
