package org.broadsheet.distribution.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.broadsheet.content.Article;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link FeedChannel} as RSS 2.0 or Atom 1.0 (through ROME) or JSON Feed 1.1.
 * Item ids are {@code urn:broadsheet:article:<id>}: they never change, not even with the slug.
 */
final class FeedWriter {

    enum Format {
        RSS("rss_2.0", "application/rss+xml;charset=UTF-8"),
        ATOM("atom_1.0", "application/atom+xml;charset=UTF-8"),
        JSON(null, "application/feed+json;charset=UTF-8");

        final String romeType;
        final String contentType;

        Format(String romeType, String contentType) {
            this.romeType = romeType;
            this.contentType = contentType;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedWriter() {
    }

    static String guid(Article article) {
        return "urn:broadsheet:article:" + article.id();
    }

    static String write(FeedChannel channel, Format format, boolean fullText, Function<Article, String> urlOf) {
        return format == Format.JSON ? json(channel, fullText, urlOf) : xml(channel, format, fullText, urlOf);
    }

    private static String xml(FeedChannel channel, Format format, boolean fullText, Function<Article, String> urlOf) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setTitle(channel.title());
        feed.setDescription(channel.description());
        feed.setLanguage(channel.language());
        feed.setLink(channel.pageUrl());
        feed.setUri(channel.selfUrl());
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(channel.selfUrl());
        self.setType(format.contentType.substring(0, format.contentType.indexOf(';')));
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(channel.pageUrl());
        alternate.setType("text/html");
        feed.setLinks(List.of(alternate, self));
        feed.setPublishedDate(Date.from(newest(channel)));
        List<SyndEntry> entries = new ArrayList<>();
        for (Article article : channel.articles()) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(article.title());
            entry.setLink(urlOf.apply(article));
            entry.setUri(guid(article));
            entry.setPublishedDate(Date.from(article.publishedAt()));
            entry.setUpdatedDate(Date.from(article.updatedAt()));
            SyndPersonImpl author = new SyndPersonImpl();
            author.setName(article.author().name());
            entry.setAuthors(List.of(author));
            entry.setAuthor(article.author().name());
            SyndCategoryImpl category = new SyndCategoryImpl();
            category.setName(article.category().name());
            entry.setCategories(List.of(category));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(article.dek());
            entry.setDescription(summary);
            if (fullText) {
                SyndContentImpl content = new SyndContentImpl();
                content.setType("html");
                content.setValue(article.body().html());
                entry.setContents(List.of(content));
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, false);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write feed " + channel.selfUrl(), e);
        }
    }

    private static String json(FeedChannel channel, boolean fullText, Function<Article, String> urlOf) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", channel.title());
        feed.put("home_page_url", channel.pageUrl());
        feed.put("feed_url", channel.selfUrl());
        feed.put("description", channel.description());
        feed.put("language", channel.language());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Article article : channel.articles()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", guid(article));
            item.put("url", urlOf.apply(article));
            item.put("title", article.title());
            if (fullText) {
                item.put("content_html", article.body().html());
            }
            item.put("summary", article.dek());
            if (article.image() != null) {
                item.put("image", article.image().url().startsWith("/")
                        ? channel.pageUrl().replaceAll("(https?://[^/]+).*", "$1") + article.image().url()
                        : article.image().url());
            }
            item.put("date_published", article.publishedAt().toString());
            item.put("date_modified", article.updatedAt().toString());
            item.put("authors", List.of(Map.of("name", article.author().name())));
            item.put("tags", article.tags().stream().map(t -> t.name()).toList());
            items.add(item);
        }
        feed.put("items", items);
        return JSON.writeValueAsString(feed);
    }

    private static Instant newest(FeedChannel channel) {
        return channel.articles().stream().map(Article::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
    }
}
