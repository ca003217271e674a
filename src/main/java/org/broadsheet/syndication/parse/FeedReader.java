package org.broadsheet.syndication.parse;

import java.net.URI;

/**
 * The one front door for reading a feed of any format (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed
 * 1.0/1.1, IPTC ninjs): detects the format from the bytes (not trusting the content type), decodes
 * the characters as browsers do, parses safely and returns clean items.
 */
public interface FeedReader {

    /**
     * @param body        the bytes as fetched (decompressed)
     * @param contentType the declared content type, may be null or wrong
     * @param feedUrl     where the feed came from (final URL after redirects), base for relative links
     */
    ParsedFeed read(byte[] body, String contentType, URI feedUrl) throws FeedParseException;
}
