package org.broadsheet.site;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.Author;
import org.broadsheet.content.BodySanitizer;
import org.broadsheet.content.Category;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.SiteSettings;
import org.broadsheet.content.Slugs;
import org.broadsheet.content.Syndication;
import org.broadsheet.content.Tag;
import org.broadsheet.testsupport.StoryGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * View models of the article and home pages as the controllers build them, from the project's story corpus
 * and without a request or a database. In package org.broadsheet.site to use the package-private
 * {@link ShareLinks} and {@link StructuredData}, like the controllers.
 */
public final class BenchPages {

    private static final String BASE = "https://news.example.org";
    private static final String[] CATEGORIES = {"World", "Business", "Technology", "Science", "Culture", "Sport"};
    private static final FeaturedImage IMAGE = new FeaturedImage("/media/2026/11/harbour-at-dawn.jpg",
            "Fishing boats in the harbour at dawn", "The harbour at dawn. Photo: Maren Holt", 1600, 900);

    private final List<JsonNode> stories = new ArrayList<>();

    public BenchPages() {
        JsonMapper json = JsonMapper.builder().build();
        new StoryGenerator(20261124L).lines(40).forEach(line -> stories.add(json.readTree(line)));
    }

    /** A story with image, three tags and a wire source; 4 more stories and 6 related ones, as ArticleController. */
    public ArticlePage article() {
        JsonNode s = stories.getFirst();
        Category category = category(s.get("category").asString());
        Instant published = Instant.parse(s.get("published_at").asString());
        List<Tag> tags = List.of(new Tag(1, "climate", "Climate"), new Tag(2, "energy", "Energy"), new Tag(3, "markets", "Markets"));
        Article a = new Article(1, s.get("slug").asString(), s.get("title").asString(), s.get("excerpt").asString(),
                BodySanitizer.sanitize(s.get("body_html").asString()), null, ArticleStatus.PUBLISHED, false,
                published, published.plusSeconds(5400), author(s.get("author").asString()), category, tags, IMAGE, 4,
                new Syndication("Meridian Wire", "https://meridian-wire.example/" + s.get("slug").asString(),
                        "Reporting by Meridian Wire", null, null), null);
        Chrome chrome = chrome().inSection(category.slug());
        String url = BASE + SiteUrls.article(a.slug());
        List<ArchivePage.Crumb> crumbs = List.of(new ArchivePage.Crumb(category.name(), SiteUrls.category(category.slug())));
        StructuredData.UrlMaker absolute = p -> p.startsWith("/") ? BASE + p : p;
        PageMeta meta = PageMeta.of(a.title() + " – " + chrome.siteName(), a.dek(), url)
                .asArticle(absolute.absolute(IMAGE.url()))
                .withStructuredData(StructuredData.newsArticle(a, url, chrome.siteName(), chrome.logoUrl(), absolute),
                        StructuredData.breadcrumbs(crumbs, a.title(), url, absolute));
        return new ArticlePage(chrome, meta, a, crumbs, url, ShareLinks.forStory(a.title(), url), summaries(1, 4),
                summaries(5, 6), SiteUrls.related(a.slug(), 2));
    }

    /** Lead, 5 top stories, 6 latest and 3 stories in each of the 6 menu categories, as HomeController. */
    public HomePage home() {
        Chrome chrome = chrome();
        List<HomePage.Section> sections = new ArrayList<>();
        for (int i = 0; i < CATEGORIES.length; i++) {
            sections.add(new HomePage.Section(CATEGORIES[i], SiteUrls.category(Slugs.of(CATEGORIES[i])), summaries(12 + 3 * i, 3)));
        }
        PageMeta meta = PageMeta.of(chrome.siteName() + " – " + chrome.tagline(), chrome.tagline(), BASE + "/")
                .withImage(BASE + IMAGE.url())
                .withStructuredData(StructuredData.website(chrome.siteName(), BASE + "/"));
        return new HomePage(chrome, meta, summaries(0, 1).getFirst(), summaries(1, 5), summaries(6, 6), sections);
    }

    /** Every other story has a picture, as cards show both kinds. */
    private List<ArticleSummary> summaries(int from, int count) {
        List<ArticleSummary> list = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            JsonNode s = stories.get(i);
            String categoryName = s.get("category").asString();
            String authorName = s.get("author").asString();
            list.add(new ArticleSummary(i + 1, s.get("slug").asString(), s.get("title").asString(), s.get("excerpt").asString(),
                    Instant.parse(s.get("published_at").asString()), Slugs.of(categoryName), categoryName,
                    Slugs.of(authorName), authorName, i % 2 == 0 ? IMAGE : null, 3 + i % 5));
        }
        return list;
    }

    private static Chrome chrome() {
        List<Chrome.MenuItem> menu = new ArrayList<>();
        for (String name : CATEGORIES) {
            menu.add(new Chrome.MenuItem(Slugs.of(name), name, SiteUrls.category(Slugs.of(name))));
        }
        List<SiteSettings.LinkGroup> footer = List.of(
                new SiteSettings.LinkGroup("Quick Links", List.of(new SiteSettings.Link("Home", "/"),
                        new SiteSettings.Link("Search", "/search"), new SiteSettings.Link("RSS", "/feed"))),
                new SiteSettings.LinkGroup("About Us", List.of(new SiteSettings.Link("About", "/page/about"),
                        new SiteSettings.Link("Contact", "/contact"), new SiteSettings.Link("Privacy", "/page/privacy"))));
        List<Chrome.SocialCount> social = List.of(
                new Chrome.SocialCount("facebook", "https://facebook.com/broadsheet", "248.1k", "Fans", "Like"),
                new Chrome.SocialCount("x", "https://x.com/broadsheet", "91.4k", "Followers", "Follow"),
                new Chrome.SocialCount("youtube", "https://youtube.com/@broadsheet", "12k", "Subscribers", "Subscribe"));
        return new Chrome("Broadsheet", "News from the harbour city", null, "An independent daily.", "en",
                ZoneId.of("Europe/London"), List.copyOf(menu), List.copyOf(menu), footer, social, 2026,
                ReaderPreferences.DEFAULT, "/assets/site-0f3c2a.css", "/assets/site-9b1d4e.js", "", null);
    }

    private static Category category(String name) {
        return new Category(1, Slugs.of(name), name, "The latest from " + name + ".", null, 1);
    }

    private static Author author(String name) {
        return new Author(1, Slugs.of(name), name, "Correspondent.", null);
    }
}
