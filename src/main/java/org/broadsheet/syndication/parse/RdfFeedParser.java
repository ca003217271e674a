package org.broadsheet.syndication.parse;

import java.net.URI;

import org.jsoup.nodes.Element;

/** RSS 1.0 (and 0.90): an {@code rdf:RDF} root whose items stand beside the channel, not inside it. */
final class RdfFeedParser {

    private RdfFeedParser() {
    }

    static RawFeed parse(Element root, URI feedUrl) {
        RawFeed feed = new RawFeed(Xml.child(root, "channel", Xml.RSS09) != null ? "RSS 0.90" : "RSS 1.0");
        Element channel = Xml.child(root, "channel", RssFeedParser.RSS);
        if (channel != null) {
            RssFeedParser.readChannel(channel, feed, feedUrl);
        }
        for (Element item : Xml.children(root, "item", RssFeedParser.RSS)) {
            feed.items.add(RssFeedParser.readItem(item, feedUrl));
        }
        if (channel != null) {
            for (Element item : Xml.children(channel, "item", RssFeedParser.RSS)) {
                feed.items.add(RssFeedParser.readItem(item, feedUrl));
            }
        }
        return feed;
    }
}
