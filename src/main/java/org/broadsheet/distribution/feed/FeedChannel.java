package org.broadsheet.distribution.feed;

import java.util.List;

import org.broadsheet.content.Article;

/**
 * What a feed carries, independent of its format.
 *
 * @param selfUrl  the feed's own absolute address
 * @param pageUrl  the absolute address of the HTML page the feed follows
 */
record FeedChannel(String title, String description, String language, String selfUrl, String pageUrl,
                   List<Article> articles) {
}
